/**
 * Sync bench (part of `npm run bench`; alone: `BENCH_ONLY=sync npm run bench`): the built extension
 * in Chromium syncs the search bench's library (10,000 notes in 200 lectures) with a local Apache
 * mod_dav (tests/support/webdav-server.ts), 50 of its notes with a snapshot of ~140 KB (the cap is
 * 150 KB): the first sync (everything), then five notes edited and synced again (one listing plus
 * the changed files), then one new note with a snapshot (its bundle and its one image). Prints each
 * time, the requests the server saw and the bytes sent. Times are wall-clock on this machine,
 * measured from the test's side.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchBrowser, type TabHandle } from '../support/browsers';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER } from '../support/webdav-server';
import { generateLibrary } from './search';

interface Status {
  lastSyncAt: number | null;
  lastError: string | null;
  lastBytesSent: number;
  pending: number;
}

/** What the bench calls of the extension API inside its page. */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> };
  storage: { local: { set(items: object): Promise<void> } };
}

function sendAsPage<T>(page: TabHandle, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async ({ type, payload }) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const reply = await api.runtime.sendMessage({ type, payload });
      if (!reply.ok) throw new Error(reply.error);
      return reply.data;
    },
    { type, payload },
  ) as Promise<T>;
}

/** Writes records straight into the extension's IndexedDB (as if taken before sync was set up). */
function seed(page: TabHandle, library: ReturnType<typeof generateLibrary>) {
  return page.evaluate(
    ({ lectures, notes }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lectern');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction(['lectures', 'notes'], 'readwrite');
          for (const lecture of lectures) transaction.objectStore('lectures').put(lecture);
          for (const note of notes) transaction.objectStore('notes').put(note);
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    library,
  );
}

const SNAPSHOTS = 50;
const SNAPSHOT_BYTES = 140 * 1024;

/** Stores a ~140 KB WebP-like image (its magic numbers, then noise that does not compress) for each of these notes. */
function seedSnapshots(page: TabHandle, noteIds: string[]) {
  return page.evaluate(
    ({ noteIds, size }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lectern');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction(['snapshots'], 'readwrite');
          for (const noteId of noteIds) {
            const data = new Uint8Array(size);
            for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(data.subarray(at, at + 65_536));
            data.set(
              [...'RIFF'].map((c) => c.charCodeAt(0)),
              0,
            );
            data.set(
              [...'WEBP'].map((c) => c.charCodeAt(0)),
              8,
            );
            const snapshot = { noteId, mime: 'image/webp', width: 1280, height: 720, data, createdAt: Date.now() };
            transaction.objectStore('snapshots').put(snapshot);
          }
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { noteIds, size: SNAPSHOT_BYTES },
  );
}

/** A new note with a snapshot, the way the overlay saves one (note/add, then snapshot/save). */
async function addSnapshotNote(page: TabHandle, lectureKey: string) {
  const { note } = await sendAsPage<{ note: { id: string } }>(page, 'note/add', {
    lectureKey,
    time: 12,
    kind: 'note',
    text: 'Slide',
  });
  const data = randomBytes(SNAPSHOT_BYTES);
  data.write('RIFF', 0, 'latin1');
  data.write('WEBP', 8, 'latin1');
  const base64 = data.toString('base64');
  await sendAsPage(page, 'snapshot/save', { noteId: note.id, image: { width: 1280, height: 720, base64 } });
}

/** The requests Apache logged since `from`, counted by method. */
function requestsSince(lines: string[], from: number): { count: number; byMethod: string } {
  const methods = new Map<string, number>();
  for (const line of lines.slice(from)) {
    const method = line.split(' ')[0] as string;
    methods.set(method, (methods.get(method) ?? 0) + 1);
  }
  return { count: lines.length - from, byMethod: [...methods].map(([method, n]) => `${n} ${method}`).join(', ') };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function benchSync(): Promise<string[]> {
  const server = await startWebDavServer();
  const browser = await launchBrowser('chromium');
  const accessLog = () =>
    readFileSync(join(server.diskPath(), '../logs/access.log'), 'utf8').split('\n').filter(Boolean);
  try {
    const library = generateLibrary();
    const page = await browser.openExtensionPage('/dashboard.html');
    await page.waitFor(() => document.querySelector('main') !== null, null);
    await seed(page, library);
    await seedSnapshots(
      page,
      library.notes.slice(0, SNAPSHOTS).map((note) => note.id),
    );

    const firstStart = performance.now();
    const saveAccount = (account: object) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({ syncAccount: account });
    await page.evaluate(saveAccount, {
      url: server.url(),
      user: WEBDAV_USER,
      password: WEBDAV_PASSWORD,
      folder: 'Lectern/',
      passphrase: '',
      conditionalWrites: true,
      savedAt: Date.now(),
    });
    // Saving the account starts a pass; "Sync now" joins it and answers when it is over.
    const first = await sendAsPage<Status>(page, 'sync/now', {});
    const firstMs = performance.now() - firstStart;
    if (first.lastError) throw new Error(`The first sync failed: ${first.lastError}`);
    const files = accessLog().filter((line) => line.startsWith('PUT ')).length;

    // Minutes pass between syncs in real use; here a second is enough for Apache's ETags to settle.
    await sleep(1500);
    const edited = library.notes.slice(0, 5);
    for (const note of edited) {
      await sendAsPage(page, 'note/update', {
        id: note.id,
        updatedAt: note.updatedAt,
        changes: { text: `${note.text} (edited)` },
      });
    }
    const requestsBefore = accessLog().length;
    const secondStart = performance.now();
    const second = await sendAsPage<Status>(page, 'sync/now', {});
    const secondMs = performance.now() - secondStart;
    if (second.lastError) throw new Error(`The second sync failed: ${second.lastError}`);
    await sleep(500); // Apache logs a request once it has answered it.
    const edits = requestsSince(accessLog(), requestsBefore);
    const lectures = new Set(edited.map((note) => note.lectureKey)).size;

    await sleep(1500);
    await addSnapshotNote(page, library.lectures[0]?.key as string);
    const snapshotBefore = accessLog().length;
    const thirdStart = performance.now();
    const third = await sendAsPage<Status>(page, 'sync/now', {});
    const thirdMs = performance.now() - thirdStart;
    if (third.lastError) throw new Error(`The third sync failed: ${third.lastError}`);
    await sleep(500);
    const snapshot = requestsSince(accessLog(), snapshotBefore);
    return [
      `Sync, ${library.notes.length} notes in ${library.lectures.length} lectures, ${SNAPSHOTS} with a ${kb(SNAPSHOT_BYTES)} snapshot (Chromium, built extension, local Apache mod_dav):`,
      `  first sync: ${(firstMs / 1000).toFixed(1)} s, ${files} files written, ${kb(first.lastBytesSent)} sent (target < 60 s)`,
      `  after 5 notes edited (in ${lectures} lectures): ${secondMs.toFixed(0)} ms, ${edits.count} requests (${edits.byMethod}; PROPFIND is the one listing), ${kb(second.lastBytesSent)} sent, ${second.pending} changes left`,
      `  after 1 new note with a snapshot: ${thirdMs.toFixed(0)} ms, ${snapshot.count} requests (${snapshot.byMethod}), ${kb(third.lastBytesSent)} sent, ${third.pending} changes left`,
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await benchSync()) console.log(line);
