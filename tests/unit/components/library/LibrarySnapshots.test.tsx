import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LectureNotes } from '@/components/library/LectureNotes';
import { SearchView } from '@/components/library/SearchView';
import { getLecture } from '@/utils/db/lectures';
import { deleteAllSnapshots } from '@/utils/db/snapshots';
import type { Lecture } from '@/utils/model/lectures';
import { addSnapshotNote, seeLecture } from '../snapshot-notes';
import { stubViewport } from '../viewport';
import { typeSearch } from './search-library';

async function lectureWithNotes() {
  await seeLecture('a');
  await addSnapshotNote('a', 'Slide 3: glycolysis', 10, { width: 640, height: 480 });
  await addSnapshotNote('a', 'No picture here', 20, null);
  return (await getLecture('a')) as Lecture;
}

beforeEach(() => {
  stubViewport('all');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const rowOf = (text: string) => screen.getByText(text).closest('li') as HTMLElement;

describe('library: notes with snapshots', () => {
  it('shows a thumbnail under each note that has one, its box reserved from the stored size', async () => {
    const lecture = await lectureWithNotes();
    render(<LectureNotes lecture={lecture} />);
    const thumbnail = await screen.findByRole('button', { name: 'Enlarge Snapshot: Slide 3: glycolysis' });
    expect(rowOf('Slide 3: glycolysis')).toContainElement(thumbnail);
    // The box has the image's shape before a pixel of it arrives (no jump when it loads).
    expect(thumbnail.style.aspectRatio).toBe('640 / 480');
    const image = within(thumbnail).getByRole('img');
    expect(image).toHaveAttribute('width', '640');
    expect(image).toHaveAttribute('height', '480');
    expect(image.getAttribute('src')).toMatch(/^blob:/);
    expect(within(rowOf('No picture here')).queryByRole('button', { name: /Enlarge/ })).toBeNull();
    expect(document.querySelectorAll('.snapshot-thumbnail')).toHaveLength(1);
  });

  it('reads a thumbnail’s image only once it nears the viewport, its box held until then', async () => {
    const viewport = stubViewport('none');
    const create = vi.spyOn(URL, 'createObjectURL');
    const lecture = await lectureWithNotes();
    await addSnapshotNote('a', 'Slide 9: far down the list', 90);
    render(<LectureNotes lecture={lecture} />);
    const pending = (text: string) => rowOf(text).querySelector('.snapshot-pending');
    await waitFor(() => expect(viewport.watches(rowOf('Slide 9: far down the list'))).toBe(true));
    expect(viewport.watches(rowOf('Slide 3: glycolysis'))).toBe(true);
    expect(pending('Slide 9: far down the list')).not.toBeNull();
    expect(pending('Slide 3: glycolysis')).not.toBeNull();
    // The first comes near: its image is read and shown; the other's, issued at the same moment
    // had it been eager, never is.
    viewport.scrollTo(rowOf('Slide 3: glycolysis'));
    expect(await screen.findByRole('button', { name: 'Enlarge Snapshot: Slide 3: glycolysis' })).toBeVisible();
    expect(pending('Slide 9: far down the list')).not.toBeNull();
    expect(within(rowOf('Slide 9: far down the list')).queryByRole('img')).toBeNull();
    expect(create).toHaveBeenCalledOnce();
    viewport.scrollTo(rowOf('Slide 9: far down the list'));
    expect(await screen.findByRole('button', { name: 'Enlarge Snapshot: Slide 9: far down the list' })).toBeVisible();
  });

  it('enlarges in a dialog with the note as alt text, and gives focus back when it closes', async () => {
    render(<LectureNotes lecture={await lectureWithNotes()} />);
    const thumbnail = await screen.findByRole('button', { name: 'Enlarge Snapshot: Slide 3: glycolysis' });
    // A real button: Enter and Space press it in every browser (the e2e presses them).
    expect(thumbnail.tagName).toBe('BUTTON');
    thumbnail.focus();
    fireEvent.click(thumbnail);
    const dialog = document.querySelector('dialog.snapshot-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(within(dialog).getByRole('img')).toHaveAttribute('alt', 'Snapshot: Slide 3: glycolysis');
    within(dialog).getByRole('button', { name: 'Close' }).focus();
    dialog.close();
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(thumbnail);
  });

  it('drops a thumbnail when its snapshot is deleted (the note stays), revoking its object URL', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const lecture = await lectureWithNotes();
    const { unmount } = render(<LectureNotes lecture={lecture} />);
    const image = within(await screen.findByRole('button', { name: /^Enlarge/ })).getByRole('img');
    const src = image.getAttribute('src');
    await deleteAllSnapshots();
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Enlarge/ })).toBeNull());
    expect(screen.getByText('Slide 3: glycolysis')).toBeVisible();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith(src));
    unmount();
  });

  it('revokes the object URL when the list goes', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const { unmount } = render(<LectureNotes lecture={await lectureWithNotes()} />);
    const src = within(await screen.findByRole('button', { name: /^Enlarge/ }))
      .getByRole('img')
      .getAttribute('src');
    expect(revoke).not.toHaveBeenCalledWith(src);
    unmount();
    // Preact runs an unmounted component's cleanups soon after, not during, unmount().
    await waitFor(() => expect(revoke).toHaveBeenCalledWith(src));
  });

  it('shows the thumbnail in search results', async () => {
    await lectureWithNotes();
    render(<SearchView param="" />);
    await screen.findByText('2 notes, newest first');
    typeSearch('glycolysis');
    await screen.findByText('1 result');
    const results = screen.getByRole('list', { name: 'Search results' });
    expect(await within(results).findByRole('button', { name: 'Enlarge Snapshot: Slide 3: glycolysis' })).toBeVisible();
  });
});
