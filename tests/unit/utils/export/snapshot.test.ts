import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from '@/utils/export/file-name';
import { selectForExport } from '@/utils/export/snapshot';
import { timestampUrl } from '@/utils/export/timestamp-url';
import { EXPORT_NOW, sampleLibrary } from './sample-library';

process.env.TZ = 'UTC';

describe('export scope', () => {
  it('exports everything, lectures most recently watched first, notes by moment', () => {
    const all = selectForExport(sampleLibrary, { kind: 'all' });
    expect(all.lectures.map((lecture) => lecture.key)).toEqual([
      'youtube:abc123',
      'url:https://lms.example.edu/course/thermo',
    ]);
    expect(all.notes.map((note) => note.id)).toEqual(['n1', 'n2', 'n3', 'n5', 'n4']);
    expect(all.sessions).toHaveLength(1);
  });

  it('filters by course (recorded, or named by the URL)', () => {
    const library = {
      ...sampleLibrary,
      lectures: sampleLibrary.lectures.map((lecture, index) =>
        index === 1 ? { ...lecture, course: { id: 'moodle:lms.example.edu/7', title: 'Thermo' } } : lecture,
      ),
    };
    const chosen = selectForExport(library, { kind: 'filtered', filter: { course: 'moodle:lms.example.edu/7' } });
    expect(chosen.notes.map((note) => note.id)).toEqual(['n5', 'n4']);
    expect(chosen.lectures.map((lecture) => lecture.key)).toEqual(['url:https://lms.example.edu/course/thermo']);
  });

  it("exports exactly a search's notes, with only their lectures, in reading order", () => {
    const chosen = selectForExport(sampleLibrary, { kind: 'notes', noteIds: ['n4', 'n2', 'gone'], title: 'search x' });
    expect(chosen.notes.map((note) => note.id)).toEqual(['n2', 'n4']);
    expect(chosen.lectures.map((lecture) => lecture.key)).toEqual([
      'youtube:abc123',
      'url:https://lms.example.edu/course/thermo',
    ]);
    expect(chosen.sessions).toEqual([]);
    const one = selectForExport(sampleLibrary, { kind: 'notes', noteIds: ['n3'], title: 'search x' });
    expect(one.lectures.map((lecture) => lecture.key)).toEqual(['youtube:abc123']);
    expect(selectForExport(sampleLibrary, { kind: 'notes', noteIds: [], title: 'none' }).lectures).toEqual([]);
  });

  it('exports one lecture with its notes only', () => {
    const one = selectForExport(sampleLibrary, {
      kind: 'lecture',
      lectureKey: 'url:https://lms.example.edu/course/thermo',
    });
    expect(one.lectures).toHaveLength(1);
    expect(one.notes.map((note) => note.id)).toEqual(['n5', 'n4']);
    expect(one.sessions).toEqual([]);
  });

  it.each([
    [{ kinds: ['question' as const] }, ['n2', 'n4']],
    [{ site: 'lms.example.edu' }, ['n5', 'n4']],
    [{ tag: '#Exam' }, ['n3']],
    [{ from: Date.UTC(2026, 10, 21) }, ['n5', 'n4']],
    [{ to: Date.UTC(2026, 10, 20, 8, 2) }, ['n1', 'n2']],
  ])('filters notes by %j, keeping only their lectures', (filter, ids) => {
    const chosen = selectForExport(sampleLibrary, { kind: 'filtered', filter });
    expect(chosen.notes.map((note) => note.id)).toEqual(ids);
    expect(new Set(chosen.lectures.map((lecture) => lecture.key))).toEqual(
      new Set(chosen.notes.map((n) => n.lectureKey)),
    );
  });
});

describe('file names', () => {
  it('carry "library" or the lecture title, and the date', () => {
    expect(exportFileName(null, 'md', EXPORT_NOW)).toBe('lectern-library-2026-11-25.md');
    expect(exportFileName('Cells & énergie: Lecture 1/2', 'json', EXPORT_NOW)).toBe(
      'lectern-cells-energie-lecture-1-2-2026-11-25.json',
    );
  });

  it('never give an empty or over-long name', () => {
    expect(slugify('???')).toBe('lecture');
    expect(slugify('a'.repeat(200)).length).toBe(60);
  });
});

describe('timestamp links', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc&t=10s', 65.7, 'https://www.youtube.com/watch?v=abc&t=65s'],
    ['https://youtu.be/abc', 5, 'https://youtu.be/abc?t=5s'],
    ['https://www.youtube.com/embed/abc', 5, 'https://www.youtube.com/embed/abc?start=5'],
    ['https://vimeo.com/123', 90, 'https://vimeo.com/123#t=90s'],
    ['https://lms.example.edu/v/1', 90, 'https://lms.example.edu/v/1#t=90'],
    ['https://lms.example.edu/#/course/1', 90, 'https://lms.example.edu/#/course/1'],
    ['not a url', 3, 'not a url'],
  ])('%s at %d s → %s', (url, seconds, expected) => {
    expect(timestampUrl(url, seconds)).toBe(expected);
  });

  it.each([
    [
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=x',
      65.7,
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=65s',
    ],
    ['vimeo', 'https://vimeo.com/123', 90, 'https://vimeo.com/123#t=90s'],
    ['generic', 'https://lms.example.edu/v/1', 90, 'https://lms.example.edu/v/1#t=90'],
    ['no-such-platform', 'https://lms.example.edu/v/1', 90, 'https://lms.example.edu/v/1#t=90'],
  ])("uses the %s adapter's own timestamp link", (platform, url, seconds, expected) => {
    expect(timestampUrl(url, seconds, platform)).toBe(expected);
  });
});
