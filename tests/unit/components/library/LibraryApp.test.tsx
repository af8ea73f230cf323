import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryApp } from '@/components/library/LibraryApp';
import { recordLectureSighting, recordProgress } from '@/utils/db/lectures';
import { addNote } from '@/utils/db/notes';
import { lectureHref } from '@/utils/library/route';

const seeLecture = (key: string, title: string, now: number, duration: number | null = 600) =>
  recordLectureSighting(
    { key, platform: 'generic', title, site: `${key}.edu`, url: `https://${key}.edu/`, duration },
    now,
  );

function go(hash: string) {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

afterEach(() => go('#/'));

describe('LibraryApp: the lecture list', () => {
  it('explains how to start when the library is empty', async () => {
    render(<LibraryApp />);
    expect(await screen.findByRole('heading', { name: 'No lectures yet' })).toBeVisible();
    expect(screen.getByText(/Lectern will find the video/)).toBeVisible();
  });

  it('lists lectures newest first with site, progress and note count; titles are text', async () => {
    await seeLecture('a', 'Older', 1000);
    await seeLecture('b', '<b>Newer</b>', 2000, null);
    await recordProgress('a', 300, [0, 300], 1500);
    await addNote({ lectureKey: 'a', time: 12, kind: 'note', text: 'one' }, 1);
    await addNote({ lectureKey: 'a', time: 50, kind: 'question', text: 'two' }, 2);
    render(<LibraryApp />);
    const links = await screen.findAllByRole('link', { name: /Older|Newer/ });
    expect(links.map((link) => link.textContent)).toEqual(['<b>Newer</b>', 'Older']);
    expect(links[1]).toHaveAttribute('href', lectureHref('a'));
    const older = links[1]?.closest('li') as HTMLElement;
    expect(within(older).getByText('a.edu')).toBeVisible();
    expect(await within(older).findByText('2 notes')).toBeVisible();
    expect(within(older).getByText('50% watched of 10:00')).toBeVisible();
    const newer = links[0]?.closest('li') as HTMLElement;
    expect(within(newer).getByText('0 notes')).toBeVisible();
    expect(within(newer).getByText('length unknown')).toBeVisible();
  });
});

describe('LibraryApp: a lecture page', () => {
  it('opens from the list, shows the notes by time, and goes back', async () => {
    await seeLecture('a', 'Cells and energy', 1000);
    await addNote({ lectureKey: 'a', time: 3725, kind: 'question', text: 'Why ATP? #exam' }, 2);
    await addNote({ lectureKey: 'a', time: 65, kind: 'note', text: '<img src=x onerror=alert(1)>' }, 1);
    render(<LibraryApp />);
    go(lectureHref('a'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cells and energy' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Notes' })).toBeVisible();
    const times = await screen.findAllByRole('button', { name: /^Open at/ });
    expect(times.map((time) => time.textContent)).toEqual(['1:05', '1:02:05']);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('#exam')).toBeVisible();
    go('#/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your lectures' })).toBeVisible();
  });

  it('explains how to take notes when the lecture has none, and says when a lecture is gone', async () => {
    await seeLecture('a', 'Quiet lecture', 1000);
    go(lectureHref('a'));
    render(<LibraryApp />);
    expect(await screen.findByText(/No notes on this lecture yet/)).toBeVisible();
    go(lectureHref('missing'));
    expect(await screen.findByRole('heading', { name: 'Lecture not found' })).toBeVisible();
  });

  it('sends lecture/open-at with the key and time when a time is clicked, and shows an error answer', async () => {
    await seeLecture('youtube:abc', 'A lecture', 1000);
    await addNote({ lectureKey: 'youtube:abc', time: 90, kind: 'note', text: 'here' }, 1);
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValueOnce({ ok: true, data: {} })
      .mockResolvedValueOnce({ ok: false, error: 'Lectern: this lecture has no page to return to.' });
    go(lectureHref('youtube:abc'));
    render(<LibraryApp />);
    const time = await screen.findByRole('button', { name: 'Open at 1:30: here' });
    fireEvent.click(time);
    await vi.waitFor(() =>
      expect(send).toHaveBeenCalledWith({ type: 'lecture/open-at', payload: { key: 'youtube:abc', time: 90 } }),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Open at 1:30: here' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('this lecture has no page to return to');
  });
});
