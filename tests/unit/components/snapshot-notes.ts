/** Component tests' notes with snapshots: a lecture, notes on it, and stored images (WebP bytes). */
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote } from '@/utils/db/notes';
import { putSnapshot } from '@/utils/db/snapshots';
import type { Note } from '@/utils/model/notes';

/** A tiny WebP by its magic numbers (enough for the repository; happy-dom decodes nothing). */
export const webpBytes = (size = 20) => {
  const bytes = new Uint8Array(size);
  bytes.set([...'RIFF'].map((c) => c.charCodeAt(0)));
  bytes.set(
    [...'WEBPVP8 '].map((c) => c.charCodeAt(0)),
    8,
  );
  return bytes;
};

export async function seeLecture(key = 'a', title = 'Cells') {
  await recordLectureSighting(
    { key, platform: 'generic', title, site: 'a.edu', url: `https://a.edu/${key}`, duration: 600 },
    1,
  );
}

/** Adds a note on `lectureKey`, with a `width`×`height` snapshot unless `size` is null. */
export async function addSnapshotNote(
  lectureKey: string,
  text: string,
  time: number,
  size: { width: number; height: number; bytes?: number } | null = { width: 640, height: 480 },
): Promise<Note> {
  const note = await addNote({ lectureKey, time, kind: 'note', text }, time);
  if (size)
    await putSnapshot({
      noteId: note.id,
      mime: 'image/webp',
      width: size.width,
      height: size.height,
      data: webpBytes(size.bytes),
      createdAt: time,
    });
  return note;
}
