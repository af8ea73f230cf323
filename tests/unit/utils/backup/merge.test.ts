/** Review progress survives imports: grading bumps `updatedAt`, and the review state merges by its own time. */
import { describe, expect, it } from 'vitest';
import { applyImport, parseBackup, summarizeImport } from '@/utils/backup/apply';
import type { Backup } from '@/utils/backup/file';
import { type MergeCounts, mergeNote } from '@/utils/backup/merge';
import { db } from '@/utils/db/database';
import { readLibrary } from '@/utils/db/library';
import { addNote, updateNote } from '@/utils/db/notes';
import { recordReviewGrade } from '@/utils/db/review-items';
import { exportToText } from '@/utils/export/exporter';
import { jsonExporter } from '@/utils/export/json';
import { selectForExport } from '@/utils/export/snapshot';
import type { Note } from '@/utils/model/notes';
import type { ReviewCard } from '@/utils/model/review-card';
import { sampleLibrary } from '../export/sample-library';

const card = (lastReview: number): ReviewCard => ({
  due: lastReview + 86_400_000,
  stability: 3,
  difficulty: 5,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview,
});

const question = (changes: Partial<Note> = {}): Note => ({
  id: 'q1',
  lectureKey: 'youtube:abc123',
  time: 10,
  kind: 'question',
  text: 'why?',
  tags: [],
  reviewDue: 100,
  createdAt: 100,
  updatedAt: 100,
  ...changes,
});

describe('mergeNote', () => {
  const reviewed = (at: number, changes: Partial<Note> = {}) =>
    question({ review: card(at), reviewDue: card(at).due, updatedAt: at, ...changes });

  it.each([
    ['the same note', question(), question(), null],
    ['an older copy', question({ text: 'old', updatedAt: 50 }), question(), null],
    ['a newer copy', question({ text: 'new', updatedAt: 200 }), question(), question({ text: 'new', updatedAt: 200 })],
    ['an older copy against newer review progress', question(), reviewed(500), null],
    ['newer review progress in the file', reviewed(500), question(), reviewed(500)],
  ])('%s', (_name, incoming, current, expected) => {
    expect(mergeNote(incoming, current)).toEqual(expected);
  });

  it('keeps the newer text from one side and the newer review from the other', () => {
    // Graded in the library before grades bumped updatedAt; the text edited later in the backup's copy.
    const stored = question({ review: card(900), reviewDue: card(900).due, updatedAt: 100 });
    const incoming = question({ text: 'edited', updatedAt: 300 });
    expect(mergeNote(incoming, stored)).toEqual({ ...incoming, review: card(900), reviewDue: card(900).due });
    // and the other way round: the file holds the newer review, the library the newer text
    const file = question({ review: card(900), reviewDue: card(900).due, updatedAt: 100 });
    const library = question({ text: 'edited', updatedAt: 300 });
    expect(mergeNote(file, library)).toEqual({ ...library, review: card(900), reviewDue: card(900).due });
  });

  it('gives no review state to a note that left revision (became a plain note)', () => {
    const plain = question({ kind: 'note', updatedAt: 300 });
    delete plain.reviewDue;
    expect(mergeNote(plain, question({ review: card(200), reviewDue: card(200).due, updatedAt: 200 }))).toEqual(plain);
  });
});

describe('export, grade, import the older backup', () => {
  async function backupNow(now: number) {
    const text = exportToText(jsonExporter, selectForExport(await readLibrary(), { kind: 'all' }), { now });
    const result = parseBackup(text);
    if (!result.ok) throw new Error(result.error);
    return result.backup;
  }

  /** A question on the sample lecture, written at 1 s. */
  async function addQuestion() {
    await db.lectures.add(sampleLibrary.lectures[0] as (typeof sampleLibrary.lectures)[0]);
    return addNote({ lectureKey: 'youtube:abc123', time: 5, kind: 'question', text: 'why?' }, 1_000);
  }

  /** Imports `backup`, whose summary counts `notes`, and expects the note `id` to be `expected` after. */
  async function expectImport(backup: Backup, notes: MergeCounts, id: string, expected: Note | undefined) {
    expect((await summarizeImport(backup)).notes).toEqual(notes);
    expect((await applyImport(backup)).ok).toBe(true);
    expect(await db.notes.get(id)).toEqual(expected);
  }

  it('keeps the newer review state', async () => {
    const note = await addQuestion();
    const older = await backupNow(2_000);
    const graded = await recordReviewGrade(note.id, 'good', 3_000);

    await expectImport(older, { new: 0, updated: 0, unchanged: 1 }, note.id, graded);
  });

  it('brings in review progress from a newer backup (a copy that was graded)', async () => {
    const note = await addQuestion();
    const graded = await recordReviewGrade(note.id, 'good', 3_000);
    const newer = await backupNow(4_000);
    await db.notes.put(note); // the library as it was before the grade

    await expectImport(newer, { new: 0, updated: 1, unchanged: 0 }, note.id, graded);
  });

  it('keeps review progress and takes a newer edit when both happened', async () => {
    const note = await addQuestion();
    const graded = await recordReviewGrade(note.id, 'good', 3_000);
    await updateNote(note.id, { text: 'why, exactly?' }, 4_000);
    const edited = await backupNow(5_000);
    // Back in the library: the edit never happened, and a second grade did (later than the edit).
    await db.notes.put({ ...(graded as Note) });
    const regraded = (await recordReviewGrade(note.id, 'easy', 6_000)) as Note;
    await db.notes.put({ ...regraded, updatedAt: 3_000 }); // as if graded before grades bumped updatedAt

    expect((await applyImport(edited)).ok).toBe(true);
    expect(await db.notes.get(note.id)).toMatchObject({
      text: 'why, exactly?',
      review: regraded.review,
      reviewDue: regraded.reviewDue,
    });
  });
});
