/** Exports name a course by the student's name for it; the JSON backup carries the renames and an import brings them back. */
import { describe, expect, it } from 'vitest';
import { applyImport, parseBackup } from '@/utils/backup/apply';
import { listCourseNames, renameCourse } from '@/utils/db/course-names';
import { db } from '@/utils/db/database';
import { readLibrary, wipeLibrary } from '@/utils/db/library';
import { ankiExporter } from '@/utils/export/anki';
import { csvExporter } from '@/utils/export/csv';
import { exportToText } from '@/utils/export/exporter';
import { jsonExporter } from '@/utils/export/json';
import { markdownExporter } from '@/utils/export/markdown';
import { type LibrarySnapshot, selectForExport } from '@/utils/export/snapshot';
import { openQuestionsByCourse } from '@/utils/export/teacher-questions';
import { EXPORT_NOW, sampleLibrary } from './sample-library';

const THERMO = 'url:https://lms.example.edu/course/thermo';
const course = { id: 'moodle:lms.example.edu/7', title: 'PHYS-7 *2026*' };

/** The sample library with the thermodynamics lecture in a Moodle course, renamed by the student. */
const renamed: LibrarySnapshot = {
  ...sampleLibrary,
  lectures: sampleLibrary.lectures.map((lecture) => (lecture.key === THERMO ? { ...lecture, course } : lecture)),
  courseNames: [{ id: course.id, title: 'Heat & <Thermo>', updatedAt: 5 }],
};
const unnamed: LibrarySnapshot = { ...renamed, courseNames: [] };

const exported = (exporter: typeof markdownExporter, library: LibrarySnapshot) =>
  exportToText(exporter, selectForExport(library, { kind: 'all' }), { now: EXPORT_NOW });

describe('exports name courses the way the student does', () => {
  it('Markdown: a Course line under the lecture, the student’s name escaped', () => {
    expect(exported(markdownExporter, renamed)).toContain('- Course: Heat \\& \\<Thermo\\>\n- Site: lms.example.edu');
    expect(exported(markdownExporter, unnamed)).toContain('- Course: PHYS-7 \\*2026\\*\n');
    // A lecture with no course gets no Course line.
    expect(exported(markdownExporter, renamed).match(/- Course:/g)).toHaveLength(1);
  });

  it('CSV: a course column with the student’s name', () => {
    const rows = exported(csvExporter, renamed).split('\r\n');
    expect(rows[0]).toContain('lecture,site,course,time');
    expect(rows.filter((row) => row.includes(',lms.example.edu,Heat & <Thermo>,'))).toHaveLength(2);
    expect(exported(csvExporter, unnamed)).toContain(',lms.example.edu,PHYS-7 *2026*,');
  });

  it('Anki: the card’s back names the course, HTML-escaped', () => {
    const cards = exported(ankiExporter, renamed);
    expect(cards).toContain(' · Heat &amp; &lt;Thermo&gt;');
    expect(cards).not.toContain('PHYS-7');
  });

  it('questions for my teacher are grouped under the student’s name', () => {
    const open = { ...renamed, notes: renamed.notes.map((note) => ({ ...note, answered: false })) };
    expect(openQuestionsByCourse(open).map((group) => group.name)).toEqual(['Heat & <Thermo>', 'www.youtube.com']);
  });

  it('a one-lecture export carries only that lecture’s course names', () => {
    const one = selectForExport(renamed, { kind: 'lecture', lectureKey: 'youtube:abc123' });
    expect(one.courseNames).toEqual([]);
    expect(selectForExport(renamed, { kind: 'lecture', lectureKey: THERMO }).courseNames).toEqual(renamed.courseNames);
  });
});

describe('the JSON backup and course names', () => {
  it('carries the renames, and an import after a wipe brings them back', async () => {
    await db.lectures.bulkAdd(renamed.lectures);
    await db.notes.bulkAdd(renamed.notes);
    await renameCourse(course.id, '  Heat & <Thermo>  ', 5);
    const before = exported(jsonExporter, await readLibrary());
    expect(before).toContain(
      '"courseNames": [\n    {"id":"moodle:lms.example.edu/7","title":"Heat & <Thermo>","updatedAt":5}\n  ],',
    );

    await wipeLibrary();
    expect(await listCourseNames()).toEqual([]);
    const parsed = parseBackup(before, EXPORT_NOW);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await applyImport(parsed.backup)).toMatchObject({ ok: true });
    expect(await listCourseNames()).toEqual([{ id: course.id, title: 'Heat & <Thermo>', updatedAt: 5 }]);
    expect(exported(jsonExporter, await readLibrary())).toBe(before);
  });

  it('an import keeps the newer rename, whichever side holds it', async () => {
    await renameCourse(course.id, 'Newer here', 10);
    await renameCourse('canvas:x/1', 'Older here', 1);
    const backup = {
      ...renamed,
      courseNames: [
        { id: course.id, title: 'Older in the file', updatedAt: 5 },
        { id: 'canvas:x/1', title: 'Newer in the file', updatedAt: 7 },
      ],
    };
    const parsed = parseBackup(exported(jsonExporter, backup), EXPORT_NOW);
    if (!parsed.ok) throw new Error(parsed.error);
    await applyImport(parsed.backup);
    const names = await listCourseNames();
    expect(names.map((name) => name.title).sort()).toEqual(['Newer here', 'Newer in the file']);
  });

  it('reads backups without course names, and refuses a course name twice or an empty one', () => {
    const plain = exported(jsonExporter, { ...sampleLibrary });
    expect(plain).not.toContain('courseNames');
    expect(parseBackup(plain, EXPORT_NOW)).toMatchObject({ ok: true });
    const twice = exported(jsonExporter, {
      ...renamed,
      courseNames: [...(renamed.courseNames ?? []), ...(renamed.courseNames ?? [])],
    });
    expect(parseBackup(twice, EXPORT_NOW)).toMatchObject({ ok: false, error: expect.stringContaining('twice') });
    const empty = exported(jsonExporter, { ...renamed, courseNames: [{ id: course.id, title: '', updatedAt: 1 }] });
    expect(parseBackup(empty, EXPORT_NOW)).toMatchObject({ ok: false, error: expect.stringContaining('courseNames') });
  });
});
