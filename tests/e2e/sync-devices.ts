/**
 * Steps of a student syncing two devices (tests/e2e/sync.test.ts): set sync up in Options, press
 * "Sync now" and wait for the pass, send a note message as Lectern's own pages do, read what the
 * database holds.
 */
import type { StudentBrowser, TabHandle } from '../support/browsers';
import { WEBDAV_USER } from '../support/webdav-server';

/** Types into a field the way a student does: a click into it, everything in it selected, typed over. */
async function typeInto(tab: TabHandle, selector: string, text: string) {
  await tab.click(selector);
  await tab.evaluate((field) => (document.querySelector(field) as HTMLInputElement).select(), selector);
  await tab.type(text);
}

export interface SyncAccountInput {
  url: string;
  password: string;
  folder: string;
  passphrase?: string;
}

/** Sets sync up in Options (Test connection, Save); resolves with the options page, left open. */
export async function setUpSync(device: StudentBrowser, account: SyncAccountInput): Promise<TabHandle> {
  const options = await device.openExtensionPage('/options.html');
  await options.waitFor(() => document.querySelector('#sync-url') !== null, null);
  await typeInto(options, '#sync-url', account.url);
  await typeInto(options, '#sync-user', WEBDAV_USER);
  await typeInto(options, '#sync-password', account.password);
  await typeInto(options, '#sync-folder', account.folder);
  if (account.passphrase) await typeInto(options, '#sync-passphrase', account.passphrase);
  await options.click('#sync-test');
  await options.waitFor(() => document.querySelector('.sync-test-result [role="status"]') !== null, null, 30_000);
  await options.click('#sync-save');
  await options.waitFor(() => document.body.textContent?.includes('Saved on this device.'), null);
  return options;
}

/** The options page's sync status text. */
export const syncStatusText = (options: TabHandle) =>
  options.evaluate(() => document.querySelector('[data-testid="sync-status"]')?.textContent ?? '');

export interface SyncStatusReply {
  lastSyncAt: number | null;
  lastError: string | null;
  pending: number;
}

/**
 * Syncs until this device is settled: asks the background for a pass twice (the first may join a
 * pass that started before the last change), as "Sync now" does; resolves with the status after.
 */
export async function syncSettled(page: TabHandle): Promise<SyncStatusReply> {
  await sendAsPage(page, 'sync/now', {});
  return sendAsPage<SyncStatusReply>(page, 'sync/now', {});
}

/** Sends a protocol message as Lectern's own pages do, from an extension page; resolves with its data. */
export async function sendAsPage<T>(page: TabHandle, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async ({ type, payload }) => {
      type Api = {
        runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> };
      };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      const reply = await (scope.browser ?? scope.chrome).runtime.sendMessage({ type, payload });
      if (!reply.ok) throw new Error(reply.error);
      return reply.data as never;
    },
    { type, payload },
  );
}

export interface StoredNote {
  id: string;
  lectureKey: string;
  text: string;
  updatedAt: number;
  conflict?: { text: string };
}

/** Every note in the device's database (read by an extension page of the same origin). */
export function storedNotes(page: TabHandle): Promise<StoredNote[]> {
  return storedRecords<StoredNote>(page, 'notes');
}

/** Every record of a table of the device's database (read by an extension page of the same origin). */
export function storedRecords<T>(page: TabHandle, table: string): Promise<T[]> {
  return page.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('lectern');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction(table).objectStore(table).getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}
