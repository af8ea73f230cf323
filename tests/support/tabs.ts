/**
 * Tabs the extension opens by itself (the library's "open at this moment"), found in either driver.
 */
import type { TabHandle } from './browsers';
import { waitUntil } from './wait-until';

/** A frame of such a tab, as far as tests read it. */
export interface OpenedFrame {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

interface AnyPage {
  url(): string;
  frames(): OpenedFrame[];
  close(): Promise<void>;
}

/**
 * Waits for a tab whose address contains `part` (one the extension opened), in either driver;
 * lets `inspect` read its frames while it is open, then closes it and brings `tab` back to the
 * front. Resolves to the address it had.
 */
export async function takeTabAt(
  tab: TabHandle,
  part: string,
  timeout = 15_000,
  inspect?: (frames: () => OpenedFrame[]) => Promise<void>,
): Promise<string> {
  const raw = tab.raw as {
    context?: () => { pages(): AnyPage[] };
    browser?: () => { pages(): Promise<AnyPage[]> };
    bringToFront(): Promise<void>;
  };
  const listPages = async () => (raw.context ? raw.context().pages() : ((await raw.browser?.().pages()) ?? []));
  let pages: AnyPage[] = [];
  const urls = await waitUntil(
    `a tab at ${part}`,
    async () => {
      pages = await listPages();
      return pages.map((page) => page.url());
    },
    { until: (urls) => urls.some((url) => url.includes(part)), timeout },
  );
  const at = urls.findIndex((url) => url.includes(part));
  const opened = pages[at];
  try {
    if (opened && inspect) await inspect(() => opened.frames());
  } finally {
    await opened?.close();
    await raw.bringToFront();
  }
  return urls[at] as string;
}
