/**
 * Drafts: the note a student is typing, kept per lecture in `browser.storage.local` so that a
 * page reload or a crashed tab does not lose it. Written by the background (draft/* messages).
 */
import { storage } from 'wxt/utils/storage';
import type { Draft } from '../model/drafts';

/** Drafts older than this are not offered back. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

const itemKey = (lectureKey: string) => `local:draft:${lectureKey}` as const;

export async function saveDraft(draft: Draft): Promise<void> {
  if (draft.text.trim() === '') await clearDraft(draft.lectureKey);
  else await storage.setItem<Draft>(itemKey(draft.lectureKey), draft);
}

export async function getDraft(lectureKey: string, now: number): Promise<Draft | null> {
  const draft = await storage.getItem<Draft>(itemKey(lectureKey));
  if (!draft) return null;
  if (now - draft.savedAt > DRAFT_MAX_AGE_MS) {
    await clearDraft(lectureKey);
    return null;
  }
  return draft;
}

export async function clearDraft(lectureKey: string): Promise<void> {
  await storage.removeItem(itemKey(lectureKey));
}
