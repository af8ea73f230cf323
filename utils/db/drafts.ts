/**
 * The drafts repository: one row per lecture and editor (`[lectureKey+owner]`). Who owns a draft,
 * and which drafts may be handed to another editor, is decided in utils/notes/drafts.ts.
 */
import type { OwnedDraft } from '../model/drafts';
import { db } from './database';

export async function putDraft(draft: OwnedDraft): Promise<void> {
  await db.drafts.put(draft);
}

export async function getDraftOf(lectureKey: string, owner: string): Promise<OwnedDraft | undefined> {
  return db.drafts.get([lectureKey, owner]);
}

/** The lecture's drafts, every editor's, the most recently saved first. */
export async function listLectureDrafts(lectureKey: string): Promise<OwnedDraft[]> {
  const drafts = await db.drafts.where('lectureKey').equals(lectureKey).toArray();
  return drafts.sort((a, b) => b.savedAt - a.savedAt);
}

export async function deleteDraft(lectureKey: string, owner: string): Promise<void> {
  await db.drafts.delete([lectureKey, owner]);
}

/**
 * Hands `from`'s draft of the lecture to `to`, in one transaction: only if `from`'s draft is still
 * there and `to` has none (two editors asking at once: one gets it). The draft handed over, if any.
 */
export async function moveDraft(lectureKey: string, from: string, to: string): Promise<OwnedDraft | null> {
  return db.transaction('rw', db.drafts, async () => {
    const draft = await db.drafts.get([lectureKey, from]);
    if (!draft || (await db.drafts.get([lectureKey, to]))) return null;
    await db.drafts.delete([lectureKey, from]);
    const moved = { ...draft, owner: to };
    await db.drafts.add(moved);
    return moved;
  });
}
