/**
 * What the tab's top page says about a lecture playing in one of its frames (a Kaltura player in
 * Canvas): the background runs the reader (`content-scripts/embedding-page.js`) in that top frame
 * itself and takes its result, so no frame can speak for another: the player's frame only reports
 * its own lecture (`lecture/seen`), and the page around it only its own facts, which are checked
 * (schema, and still the tab's page) before use. Null when the page cannot be read (another
 * extension's or the browser's page, a navigation in between, an answer that fails the schema).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type EmbeddingPage, EmbeddingPageSchema } from '../protocol/embedding-page';

export const EMBEDDING_PAGE_SCRIPT = '/content-scripts/embedding-page.js';

async function runReader(tabId: number): Promise<unknown> {
  // `as never`: WXT types the paths it has built.
  if (browser.scripting?.executeScript) {
    const [first] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [EMBEDDING_PAGE_SCRIPT as never],
    });
    return first?.result;
  }
  return (await browser.tabs.executeScript(tabId, { file: EMBEDDING_PAGE_SCRIPT, frameId: 0 }))?.[0];
}

export async function readEmbeddingPage(tabId: number, tabUrl: URL): Promise<EmbeddingPage | null> {
  try {
    const parsed = v.safeParse(EmbeddingPageSchema, await runReader(tabId));
    if (!parsed.success) return null;
    return new URL(parsed.output.url).origin === tabUrl.origin ? parsed.output : null;
  } catch {
    return null;
  }
}
