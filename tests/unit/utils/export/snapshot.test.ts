import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from '@/utils/export/file-name';
import { selectForExport } from '@/utils/export/snapshot';
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
