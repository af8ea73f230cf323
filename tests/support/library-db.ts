/**
 * What Lectern stored, read straight from its IndexedDB by an extension page of the same origin
 * (the library tab): the exact lecture keys and which lecture each note landed under, which the
 * library's UI does not print.
 */
import type { TabHandle } from './browsers';

export interface StoredLecture {
  key: string;
  title: string;
  site: string;
  url: string;
  platform: string;
  /** The course it is filed under, when one was named. */
  course?: { id: string; title: string };
}

export interface StoredPlayTime {
  /** Seconds of lecture played, and the wall-clock seconds they took, over all days. */
  lecture: number;
  wall: number;
}

export interface StoredNote {
  lectureKey: string;
  text: string;
  /** Seconds into the video. */
  time: number;
}

/**
 * Every record of one object store, reduced to `fields` (binary ones, like a snapshot's `data`, as
 * their length in bytes). Self-contained: runs in the page.
 */
function readStore({ store, fields }: { store: string; fields: string[] }) {
  return new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const request = indexedDB.open('lectern');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const all = request.result.transaction(store).objectStore(store).getAll();
      all.onsuccess = () => {
        resolve(
          all.result.map((record: Record<string, unknown>) =>
            Object.fromEntries(
              fields.map((field) => {
                const value = record[field];
                return [field, ArrayBuffer.isView(value) ? value.byteLength : value];
              }),
            ),
          ),
        );
        request.result.close();
      };
      all.onerror = () => reject(all.error);
    };
  });
}

export const storedLectures = async (library: TabHandle) =>
  (await library.evaluate(readStore, {
    store: 'lectures',
    fields: ['key', 'title', 'site', 'url', 'platform', 'course'],
  })) as unknown as StoredLecture[];

export const storedNotes = async (library: TabHandle) =>
  (await library.evaluate(readStore, {
    store: 'notes',
    fields: ['lectureKey', 'text', 'time'],
  })) as unknown as StoredNote[];

/** Every stored snapshot: its note, type, size in pixels and in bytes. */
export const storedSnapshots = async (library: TabHandle) =>
  (await library.evaluate(readStore, {
    store: 'snapshots',
    fields: ['noteId', 'mime', 'width', 'height', 'data'],
  })) as unknown as { noteId: string; mime: string; width: number; height: number; data: number }[];

/** The drafts kept (one per lecture and tab). */
export const storedDrafts = async (library: TabHandle) =>
  (await library.evaluate(readStore, { store: 'drafts', fields: ['lectureKey', 'text'] })) as unknown as {
    lectureKey: string;
    text: string;
  }[];

/** Waits until a lecture with this key is stored. */
export const waitForLecture = (library: TabHandle, key: string) =>
  library.waitFor(
    (wanted) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('lectern');
        request.onerror = () => resolve(false);
        request.onsuccess = () => {
          const found = request.result.transaction('lectures').objectStore('lectures').get(wanted);
          found.onsuccess = () => {
            resolve(found.result !== undefined);
            request.result.close();
          };
          found.onerror = () => resolve(false);
        };
      }),
    key,
    20_000,
  );

/** Waits until the lecture titled `title` has `speed` stored as its remembered speed. */
export const waitForLectureSpeed = (library: TabHandle, title: string, speed: number) =>
  library.waitFor(
    ({ title, speed }) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('lectern');
        request.onerror = () => resolve(false);
        request.onsuccess = () => {
          const all = request.result.transaction('lectures').objectStore('lectures').getAll();
          all.onsuccess = () => {
            resolve(
              all.result.some(
                (lecture: { title: string; speed?: number }) => lecture.title === title && lecture.speed === speed,
              ),
            );
            request.result.close();
          };
          all.onerror = () => resolve(false);
        };
      }),
    { title, speed },
    20_000,
  );

/** The playing time stored for the lecture titled `title` (time saved by speed), summed over its days. */
export async function storedPlayTime(library: TabHandle, title: string): Promise<StoredPlayTime> {
  const lectures = (await library.evaluate(readStore, { store: 'lectures', fields: ['title', 'playTime'] })) as {
    title: string;
    playTime?: Record<string, StoredPlayTime>;
  }[];
  const days = lectures.flatMap((lecture) => (lecture.title === title ? Object.values(lecture.playTime ?? {}) : []));
  return days.reduce((sum, day) => ({ lecture: sum.lecture + day.lecture, wall: sum.wall + day.wall }), {
    lecture: 0,
    wall: 0,
  });
}

/** The SHA-256 (hex) of every stored snapshot's image bytes, by note id. */
export const storedSnapshotDigests = (library: TabHandle) =>
  library.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const request = indexedDB.open('lectern');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('snapshots').objectStore('snapshots').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = async () => {
            request.result.close();
            const hex = (buffer: ArrayBuffer) =>
              [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
            const records = all.result as { noteId: string; data: Uint8Array<ArrayBuffer> }[];
            const digests = await Promise.all(records.map((item) => crypto.subtle.digest('SHA-256', item.data)));
            resolve(Object.fromEntries(records.map((item, at) => [item.noteId, hex(digests[at] as ArrayBuffer)])));
          };
        };
      }),
    null,
  );

/** Where the lecture titled `title` was left (`lastPosition`, seconds) and the ranges stored as watched. */
export async function storedProgress(library: TabHandle, title: string) {
  const lectures = (await library.evaluate(readStore, {
    store: 'lectures',
    fields: ['title', 'lastPosition', 'watched'],
  })) as { title: string; lastPosition: number; watched: [number, number][] }[];
  return lectures.find((lecture) => lecture.title === title) ?? null;
}
