import { describe, expect, it } from 'vitest';
import { addNote, updateNote } from '@/utils/db/notes';
import { countDueReviews, listDueReviews, recordReviewGrade } from '@/utils/db/review-items';

describe('review items repository', () => {
  it('makes questions and recalls due when written, not notes or bookmarks', async () => {
    await addNote({ lectureKey: 'a', time: 1, kind: 'note', text: 'plain' }, 100);
    await addNote({ lectureKey: 'a', time: 2, kind: 'bookmark', text: 'mark' }, 100);
    const question = await addNote({ lectureKey: 'a', time: 3, kind: 'question', text: 'why?' }, 200);
    const recall = await addNote(
      { lectureKey: 'a', time: 4, kind: 'recall', text: 'gist', segment: [0, 4], confidence: 'lost' },
      100,
    );
    expect(await countDueReviews(150)).toBe(1);
    expect((await listDueReviews(1000)).map((note) => note.id)).toEqual([recall.id, question.id]);
  });

  it('follows a note into and out of revision when its kind changes', async () => {
    const note = await addNote({ lectureKey: 'a', time: 1, kind: 'note', text: 'later a question' }, 100);
    await updateNote(note.id, { kind: 'question' }, 300);
    expect(await countDueReviews(300)).toBe(1);
    await updateNote(note.id, { kind: 'bookmark' }, 400);
    expect(await countDueReviews(Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it('stores a grade: the item leaves the due list until its next due time', async () => {
    const question = await addNote({ lectureKey: 'a', time: 3, kind: 'question', text: 'why?' }, 1000);
    const graded = await recordReviewGrade(question.id, 'good', 2000);
    expect(graded?.review?.reps).toBe(1);
    expect(graded?.reviewDue).toBe(graded?.review?.due);
    expect(graded?.updatedAt).toBe(2000); // review progress is a change: a newer-wins import keeps it
    expect(await countDueReviews(2000)).toBe(0);
    expect(await countDueReviews(graded?.reviewDue as number)).toBe(1);
    expect(await recordReviewGrade('missing', 'good', 2000)).toBeUndefined();
  });
});
