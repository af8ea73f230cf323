/**
 * Drafts, one per tab: two tabs on one lecture each keep what they type, a note saved in one
 * leaves the other's draft (a reload of the other tab offers it back), and a tab that is gone
 * leaves its draft to the next tab opened on the lecture. No draft is in `storage.local`, which
 * content scripts can read.
 */
import { expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import type { LectureTab } from '../support/student';
import { waitUntil } from '../support/wait-until';

/**
 * Runs in an extension page: the drafts' texts wherever Lectern keeps them, IndexedDB's `drafts`
 * store and `storage.local`'s `draft:` items (where they were kept before). Self-contained.
 */
async function readDrafts(): Promise<{ database: string[]; storageLocal: string[] }> {
  const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
  const stored = await api.storage.local.get(null);
  const storageLocal = Object.entries(stored)
    .filter(([key]) => key.startsWith('draft:'))
    .map(([, value]) => (value as { text: string }).text);
  const database = await new Promise<string[]>((resolve) => {
    const request = indexedDB.open('lectern');
    request.onerror = () => resolve([]);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('drafts')) {
        db.close();
        resolve([]);
        return;
      }
      const all = db.transaction('drafts').objectStore('drafts').getAll();
      all.onsuccess = () => {
        resolve(all.result.map((draft: { text: string }) => draft.text));
        db.close();
      };
      all.onerror = () => resolve([]);
    };
  });
  return { database, storageLocal };
}

const storedDraftTexts = async (library: TabHandle) =>
  (await library.evaluate(readDrafts, null)) as { database: string[]; storageLocal: string[] };

describeInBrowsers('drafts in %s', (e2e) => {
  const demo = () => e2e.lecture('/demo/', 'lectern.test');

  /** Opens the editor in `tab` (brought to the front) and types `text`, keeping the editor open. */
  async function typeDraft(tab: LectureTab, text: string) {
    await tab.bringToFront();
    const overlay = await tab.overlay();
    await tab.press('Alt+KeyN');
    await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
    await tab.type(text);
    await overlay.waitFor((typed) => (document.activeElement as HTMLTextAreaElement | null)?.value === typed, text);
    return overlay;
  }

  /** Waits until every text is kept as a draft (in either place, so this step passes before the fix too). */
  async function waitForDrafts(...texts: string[]) {
    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    try {
      return await waitUntil(`drafts ${texts.join(', ')} kept`, () => storedDraftTexts(library), {
        until: ({ database, storageLocal }) => texts.every((text) => [...database, ...storageLocal].includes(text)),
      });
    } finally {
      await library.close();
    }
  }

  it('keeps each tab’s draft: saving a note in one tab leaves the other’s, offered back after a reload', async () => {
    const first = await demo();
    const second = await demo();
    const firstOverlay = await typeDraft(first, 'typed in the first tab');
    await waitForDrafts('typed in the first tab');
    await typeDraft(second, 'typed in the second tab');
    const kept = await waitForDrafts('typed in the second tab');

    await first.bringToFront();
    await first.press('Enter');
    await firstOverlay.waitFor(() => /Saved at/.test(document.body.textContent), null);

    await second.bringToFront();
    await second.reload();
    const again = await second.overlay();
    await again.waitFor(() => document.body.textContent.includes('typed in the second tab'), null);
    // Kept where content scripts cannot read them.
    expect(kept.storageLocal).toEqual([]);
    await again.click('.offer button.primary');
    await again.waitFor(
      () => (document.activeElement as HTMLTextAreaElement | null)?.value === 'typed in the second tab',
      null,
    );
    // Saved, so no draft is left for a later tab.
    await second.press('Enter');
    await again.waitFor(() => /Saved at/.test(document.body.textContent), null);
  });

  it('offers a closed tab’s draft in the next tab opened on the lecture', async () => {
    const crashed = await demo();
    await typeDraft(crashed, 'typed before the tab went');
    await waitForDrafts('typed before the tab went');
    await crashed.close();
    const reopened = await demo();
    const overlay = await reopened.overlay();
    await overlay.waitFor(() => document.body.textContent.includes('typed before the tab went'), null);
    await overlay.click('.offer button:not(.primary)');
    await overlay.waitFor(() => !document.body.textContent.includes('typed before the tab went'), null);
  });
});
