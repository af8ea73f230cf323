import { getLecture } from '../../db/lectures';
import { addNote, deleteNote, listNotesByLecture, restoreNote, updateNote } from '../../db/notes';
import { clearDraft, draftOwner, getDraft, saveDraft } from '../../notes/drafts';
import type { DomainHandlers } from '../../protocol/messages';
import type { noteRequests } from '../../protocol/notes';
import { storeProgressReport } from '../progress-store';
import { keepDeleted, takeDeleted } from '../recently-deleted';

export const noteHandlers: DomainHandlers<keyof typeof noteRequests> = {
  // addNote resolves after the IndexedDB transaction committed: the overlay says "Saved" only then.
  'note/add': async (input) => ({ note: await addNote(input, Date.now()) }),
  'note/update': async ({ id, updatedAt, changes }) => {
    const note = await updateNote(id, changes, Date.now(), updatedAt);
    if (!note) throw new Error('that note no longer exists (was it deleted in another tab?).');
    return { note };
  },
  'note/delete': async ({ id }) => {
    const deleted = await deleteNote(id);
    if (deleted) await keepDeleted(deleted.note, Date.now(), deleted.snapshot);
    return { note: deleted?.note ?? null };
  },
  'note/restore': async ({ id }) => {
    const now = Date.now();
    const deleted = await takeDeleted(id, now);
    if (!deleted) throw new Error('that note was deleted too long ago to undo.');
    const { note, snapshot } = deleted;
    try {
      await restoreNote(note, snapshot);
    } catch (error) {
      await keepDeleted(note, now, snapshot);
      throw error;
    }
    return { note };
  },
  'note/list': async ({ lectureKey }) => ({ notes: await listNotesByLecture(lectureKey) }),
  'lecture/progress': async (report) => {
    await storeProgressReport(report, Date.now());
    return { lecture: (await getLecture(report.key)) ?? null };
  },
  // Drafts are kept per tab (utils/notes/drafts.ts): the sender's tab names the slot.
  'draft/save': async (draft, sender) => {
    await saveDraft(await draftOwner(sender.tab?.id), { ...draft, savedAt: Date.now() });
    return { saved: true };
  },
  'draft/get': async ({ lectureKey }, sender) => ({
    draft: await getDraft(await draftOwner(sender.tab?.id), lectureKey, Date.now()),
  }),
  'draft/clear': async ({ lectureKey }, sender) => {
    await clearDraft(await draftOwner(sender.tab?.id), lectureKey);
    return { cleared: true };
  },
};
