/**
 * Drafts: the note a student is typing, kept so that a reload or a crash does not lose it. Written
 * by the background (draft/* messages) into Lectern's IndexedDB (utils/db/drafts.ts), where no
 * content script can read it (`storage.local`, where drafts were kept before, is open to them).
 *
 * One draft per lecture and editor. The editor is the tab that typed it in this browser run
 * (`<run>:<tabId>`, the run an id in `storage.session`): a reload, or the overlay's frame loaded
 * anew, keeps its own draft; saving a note in one tab clears that tab's draft only. An editor
 * without a draft of its own (a new tab, the browser restarted after a crash) is handed the most
 * recent draft of the lecture whose tab is gone, so the text comes back in the tab reopened for it.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { deleteDraft, getDraftOf, listLectureDrafts, moveDraft, putDraft } from '../db/drafts';
import { type Draft, DraftSchema, type OwnedDraft } from '../model/drafts';

/** Drafts older than this are not offered back. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** This browser run (cleared when the browser closes: tab ids start again then). */
const draftRunItem = storage.defineItem<string | null>('session:draftRun', { fallback: null });
let draftRun: Promise<string> | undefined;

async function currentRun(): Promise<string> {
  draftRun ??= draftRunItem.getValue().then(async (run) => {
    if (run) return run;
    const fresh = crypto.randomUUID();
    await draftRunItem.setValue(fresh);
    return fresh;
  });
  return draftRun;
}

/** The editor a message comes from: its tab in this browser run (`none` outside a tab). */
export async function draftOwner(tabId: number | undefined): Promise<string> {
  return `${await currentRun()}:${tabId ?? 'none'}`;
}

/** Whether the editor that owns a draft may still come back for it: its tab is open in this run. */
async function isOwnerLive(owner: string): Promise<boolean> {
  const [run, tab] = owner.split(':');
  if (run !== (await currentRun()) || !/^\d+$/.test(tab ?? '')) return false;
  return (await browser.tabs.get(Number(tab)).catch(() => undefined)) !== undefined;
}

export async function saveDraft(owner: string, draft: Draft): Promise<void> {
  if (draft.text.trim() === '') await clearDraft(owner, draft.lectureKey);
  else await putDraft({ ...draft, owner });
}

/** `owner`'s draft of the lecture, else the newest one no live editor owns (handed to `owner`). */
export async function getDraft(owner: string, lectureKey: string, now: number): Promise<Draft | null> {
  await moveStoredDrafts();
  const own = await getDraftOf(lectureKey, owner);
  if (own) return (await isFresh(own, now)) ? withoutOwner(own) : null;
  for (const draft of await listLectureDrafts(lectureKey)) {
    if (!(await isFresh(draft, now)) || (await isOwnerLive(draft.owner))) continue;
    const moved = await moveDraft(lectureKey, draft.owner, owner);
    if (moved) return withoutOwner(moved);
  }
  return null;
}

export async function clearDraft(owner: string, lectureKey: string): Promise<void> {
  await deleteDraft(lectureKey, owner);
}

/** Whether a draft is recent enough to offer back; an older one goes. */
async function isFresh(draft: OwnedDraft, now: number): Promise<boolean> {
  if (now - draft.savedAt <= DRAFT_MAX_AGE_MS) return true;
  await deleteDraft(draft.lectureKey, draft.owner);
  return false;
}

function withoutOwner({ owner: _owner, ...draft }: OwnedDraft): Draft {
  return draft;
}

/** Owner of the drafts moved over from `storage.local`: no live editor, so any tab may take them. */
const MOVED_DRAFT_OWNER = 'storage.local';

/**
 * Moves the drafts kept in `storage.local` before (`draft:<lectureKey>`) into the database, where
 * the next tab on their lecture takes them. Runs before every read: nothing is left after the first.
 */
export async function moveStoredDrafts(): Promise<void> {
  const stored = await browser.storage.local.get(null);
  const keys = Object.keys(stored).filter((key) => key.startsWith('draft:'));
  if (keys.length === 0) return;
  for (const key of keys) {
    const draft = v.safeParse(DraftSchema, stored[key]);
    if (draft.success) await putDraft({ ...draft.output, owner: MOVED_DRAFT_OWNER });
  }
  await browser.storage.local.remove(keys);
}
