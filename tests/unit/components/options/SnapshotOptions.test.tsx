import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SnapshotOptions } from '@/components/options/SnapshotOptions';
import { snapshotUsageText } from '@/components/options/snapshot-usage-text';
import { db } from '@/utils/db/database';
import { snapshotShortcutSetting } from '@/utils/settings/items';
import { addSnapshotNote, seeLecture } from '../snapshot-notes';

const section = () => screen.getByRole('region', { name: 'Snapshots' });

async function twoSnapshots() {
  await seeLecture('a');
  await addSnapshotNote('a', 'Slide 1', 10, { width: 1280, height: 720, bytes: 700 * 1024 });
  await addSnapshotNote('a', 'Slide 2', 20, { width: 1280, height: 720, bytes: 500 * 1024 });
  await addSnapshotNote('a', 'No picture', 30, null);
}

describe('Options: snapshots', () => {
  it('says how many snapshots there are and the space they take', async () => {
    await twoSnapshots();
    render(<SnapshotOptions />);
    expect(await screen.findByText('2 snapshots use 1.2 MB on this device.')).toBeVisible();
  });

  it.each([
    [{ count: 1, bytes: 150 * 1024 }, '1 snapshot uses 0.1 MB on this device'],
    [{ count: 3, bytes: 2000 }, '3 snapshots use less than 0.1 MB on this device'],
    [{ count: 1200, bytes: 180 * 1024 * 1024 }, '1,200 snapshots use 180 MB on this device'],
  ])('words %o as “%s”', (usage, text) => {
    expect(snapshotUsageText(usage)).toBe(text);
  });

  it('has an empty state that names the snapshot shortcut (the student’s own)', async () => {
    render(<SnapshotOptions />);
    expect(await screen.findByText(/No snapshots yet — Alt\+Shift\+N takes one/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Delete all snapshots/ })).toBeNull();
    await snapshotShortcutSetting.setValue({
      code: 'KeyS',
      altKey: true,
      ctrlKey: true,
      shiftKey: false,
      metaKey: false,
    });
    expect(await screen.findByText(/No snapshots yet — Ctrl\+Alt\+S takes one/)).toBeVisible();
  });

  it('deletes every snapshot only once the student confirms; the notes stay and the figure updates', async () => {
    await twoSnapshots();
    render(<SnapshotOptions />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all snapshots…' }));
    const confirm = screen.getByRole('group', { name: 'Delete all snapshots?' });
    expect(confirm).toHaveTextContent(/your notes stay/);
    // With sync on the deletes reach the other devices (or the next sync would bring the pictures back): it says so.
    expect(confirm).toHaveTextContent(/from your other devices too/);
    // Cancel: nothing is deleted.
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Delete all snapshots?' })).toBeNull();
    expect(await db.snapshots.count()).toBe(2);
    expect(section()).toHaveTextContent('2 snapshots use 1.2 MB on this device.');

    fireEvent.click(screen.getByRole('button', { name: 'Delete all snapshots…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all snapshots' }));
    expect(await screen.findByText('All snapshots were deleted. Your notes are kept.')).toBeVisible();
    expect(await screen.findByText(/No snapshots yet/)).toBeVisible();
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.notes.count()).toBe(3);
  });

  it('shows progress while deleting, and a clear error when it fails (nothing lost, it can be tried again)', async () => {
    await twoSnapshots();
    let fail: (error: Error) => void = () => undefined;
    // The delete (by key, so sync's change tracking sees it: utils/db/snapshots.ts) hangs, then fails.
    const deleting = vi.spyOn(db.snapshots, 'bulkDelete').mockImplementation(
      () =>
        new Promise((_, reject) => {
          fail = reject;
        }) as ReturnType<typeof db.snapshots.bulkDelete>,
    );
    render(<SnapshotOptions />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all snapshots…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all snapshots' }));
    expect(await screen.findByText('Deleting snapshots…')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Delete all snapshots' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await waitFor(() => expect(deleting).toHaveBeenCalled());
    fail(new Error('QuotaExceededError'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not delete the snapshots: QuotaExceededError/);
    expect(await db.snapshots.count()).toBe(2);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete all snapshots…' })).toBeEnabled());
  });
});
