/**
 * Moments to seek to once a lecture opened from the library is ready, kept in
 * `storage.session` (the MV3 service worker may stop between opening the tab and the lecture
 * loading). Delivered once, in the `lecture/seen` reply, to the tab they were opened in.
 */
import { storage } from 'wxt/utils/storage';

interface PendingSeek {
  key: string;
  time: number;
  tabId: number;
  /** Epoch ms; a seek not delivered within a few minutes is dropped. */
  at: number;
}

const EXPIRES_MS = 5 * 60_000;
const pendingSeeks = storage.defineItem<PendingSeek[]>('session:pendingSeeks', { fallback: [] });

export async function addPendingSeek(seek: PendingSeek): Promise<void> {
  const pending = await pendingSeeks.getValue();
  await pendingSeeks.setValue([...pending.filter((item) => item.tabId !== seek.tabId), seek]);
}

/** The pending moment for this lecture in this tab, removed once taken. */
export async function takePendingSeek(key: string, tabId: number | undefined, now: number): Promise<number | null> {
  const pending = await pendingSeeks.getValue();
  if (pending.length === 0) return null;
  const fresh = pending.filter((item) => now - item.at < EXPIRES_MS);
  const match = fresh.find((item) => item.key === key && item.tabId === tabId);
  const rest = fresh.filter((item) => item !== match);
  if (rest.length !== pending.length) await pendingSeeks.setValue(rest);
  return match ? match.time : null;
}
