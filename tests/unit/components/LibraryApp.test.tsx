import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LibraryApp } from '@/components/LibraryApp';
import { recordLectureSighting } from '@/utils/lectures';

describe('LibraryApp', () => {
  it('explains how to start when the library is empty', async () => {
    render(<LibraryApp />);
    expect(await screen.findByRole('heading', { name: 'No lectures yet' })).toBeTruthy();
  });

  it('lists lectures with their site, newest first, and shows a title as text', async () => {
    await recordLectureSighting(
      { key: 'a', platform: 'generic', title: 'Older', site: 'a.edu', url: 'https://a.edu/', duration: 60 },
      1000,
    );
    await recordLectureSighting(
      { key: 'b', platform: 'generic', title: '<b>Newer</b>', site: 'b.edu', url: 'https://b.edu/', duration: null },
      2000,
    );
    render(<LibraryApp />);
    const links = await screen.findAllByRole('link', { name: /Older|Newer/ });
    expect(links.map((link) => link.textContent)).toEqual(['<b>Newer</b>', 'Older']);
    expect(screen.getByText('a.edu')).toBeTruthy();
  });
});
