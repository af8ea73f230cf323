/** A note edited on two devices shows the other version and resolves as the student chooses, in the library. */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import { db } from '@/utils/db/database';
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote, listNotesByLecture } from '@/utils/db/notes';
import { lectureHref } from '@/utils/library/route';

function go(hash: string) {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
afterEach(() => go('#/'));

async function conflicted() {
  await recordLectureSighting(
    { key: 'k', platform: 'generic', title: 'Cells', site: 'a.edu', url: 'https://a.edu/', duration: 600 },
    1,
  );
  const note = await addNote({ lectureKey: 'k', time: 5, kind: 'note', text: 'mine' }, 2);
  await db.notes.put({ ...note, conflict: { text: 'theirs', kind: 'question', time: 9, updatedAt: 2 } });
  go(lectureHref('k').replace(/^.*#/, '#'));
  render(<LibraryApp />);
  return screen.findByRole('group', { name: /Conflict/ });
}

describe('a sync conflict in the library', () => {
  it('shows the mark and the other version; "Keep this" drops the other', async () => {
    const group = await conflicted();
    expect(within(group).getByText('theirs')).toBeVisible();
    fireEvent.click(within(group).getByRole('button', { name: 'Keep this' }));
    await screen.findByText('mine');
    await expect
      .poll(async () => (await listNotesByLecture('k')).map((n) => [n.text, n.conflict]))
      .toEqual([['mine', undefined]]);
    await expect.poll(() => screen.queryByRole('group', { name: /Conflict/ })).toBeNull();
  });

  it('"Keep the other" takes its text, kind and time', async () => {
    const group = await conflicted();
    fireEvent.click(within(group).getByRole('button', { name: 'Keep the other' }));
    await expect
      .poll(async () => (await listNotesByLecture('k')).map((n) => [n.text, n.kind, n.time, n.conflict]))
      .toEqual([['theirs', 'question', 9, undefined]]);
  });

  it('"Keep both" keeps the other as a note of its own', async () => {
    const group = await conflicted();
    fireEvent.click(within(group).getByRole('button', { name: 'Keep both' }));
    await expect
      .poll(async () => (await listNotesByLecture('k')).map((n) => [n.text, n.conflict]))
      .toEqual([
        ['mine', undefined],
        ['theirs', undefined],
      ]);
  });
});
