/**
 * Opens a lecture at a moment: the background's `lecture/open-at` (the platform's own
 * timestamp URL where there is one, otherwise Lectern seeks once the video is ready).
 * The dashboard sends it from this one place; failures come back as student-facing errors.
 */
import { sendMessage } from '../protocol/send';

export async function openLectureAt(key: string, time: number): Promise<void> {
  await sendMessage('lecture/open-at', { key, time: Math.max(0, time) });
}
