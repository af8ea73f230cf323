/**
 * Opens a lecture at a moment: the background's `lecture/open-at` (the platform's own
 * timestamp URL where there is one, otherwise Lectern seeks once the video is ready).
 * The dashboard sends it from this one place.
 */
import { browser } from 'wxt/browser';

export async function openLectureAt(key: string, time: number): Promise<void> {
  // Sent untyped until `lecture/open-at` is part of the protocol on main (detect helper).
  const reply = (await browser.runtime.sendMessage({ type: 'lecture/open-at', payload: { key, time } })) as
    | { ok: true }
    | { ok: false; error: string }
    | undefined;
  if (!reply) throw new Error("Lectern's background did not answer. Reload the library and try again.");
  if (!reply.ok) throw new Error(reply.error);
}
