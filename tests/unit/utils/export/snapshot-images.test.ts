import { describe, expect, it } from 'vitest';
import { type LibrarySnapshot, selectForExport } from '@/utils/export/snapshot';
import { exportImages } from '@/utils/export/snapshot-images';
import { ALT_MAX_LENGTH, shortenForAlt } from '@/utils/model/snapshots';
import { sampleLibrary } from './sample-library';
import { sampleSnapshot } from './sample-snapshots';

const withSnapshots = (library: LibrarySnapshot, ...ids: string[]) =>
  selectForExport(
    { ...library, snapshots: ids.map((id) => sampleSnapshot(id, id === 'n4' ? 'image/jpeg' : 'image/webp')) },
    {
      kind: 'all',
    },
  );

describe("an export's images", () => {
  it('are none without snapshots', () => {
    expect(exportImages(selectForExport(sampleLibrary, { kind: 'all' })).size).toBe(0);
    expect(exportImages(withSnapshots(sampleLibrary)).size).toBe(0);
  });

  it('are named by lecture and moment, in reading order, with the extension of their type', () => {
    const images = exportImages(withSnapshots(sampleLibrary, 'n4', 'n1'));
    expect([...images.values()].map((image) => image.path)).toEqual([
      'images/cells-energy-biology-101-0-42.webp',
      'images/thermodynamics-lecture-2-1-02-05.jpg',
    ]);
    expect(images.get('n1')?.data).toEqual(sampleSnapshot('n1').data);
  });

  it('get unique names when two notes share a lecture and a second', () => {
    const twin = { ...(sampleLibrary.notes[0] as LibrarySnapshot['notes'][number]), id: 'n1b', time: 42.9 };
    const third = { ...twin, id: 'n1c' };
    const library = { ...sampleLibrary, notes: [...sampleLibrary.notes, twin, third] };
    const paths = [...exportImages(withSnapshots(library, 'n1', 'n1b', 'n1c')).values()].map((image) => image.path);
    expect(paths).toEqual([
      'images/cells-energy-biology-101-0-42.webp',
      'images/cells-energy-biology-101-0-42-2.webp',
      'images/cells-energy-biology-101-0-42-3.webp',
    ]);
  });

  it('have safe names whatever the title says (no slashes, dots or spaces)', () => {
    const library = {
      ...sampleLibrary,
      lectures: sampleLibrary.lectures.map((lecture) => ({ ...lecture, title: '../../etc/passwd <x> "y" \\ z' })),
    };
    for (const image of exportImages(withSnapshots(library, 'n1', 'n4')).values()) {
      expect(image.path).toMatch(/^images\/[a-z0-9-]+\.(webp|jpg)$/);
    }
  });

  it('take their alt text from the note: one line, shortened at a word, or the moment when it is empty', () => {
    const images = exportImages(withSnapshots(sampleLibrary, 'n2'));
    expect(images.get('n2')?.alt).toBe('Why does "ATP" release energy, <really>? # not a heading - not a list');
    const long = 'word '.repeat(60);
    const short = shortenForAlt(long);
    expect(Array.from(short).length).toBeLessThanOrEqual(ALT_MAX_LENGTH);
    expect(short).toMatch(/^(word )+word…$/);
    expect(shortenForAlt('😀'.repeat(200))).toBe(`${'😀'.repeat(ALT_MAX_LENGTH - 1)}…`);
    const blank = { ...sampleLibrary, notes: sampleLibrary.notes.map((note) => ({ ...note, text: '  ' })) };
    expect(exportImages(withSnapshots(blank, 'n4')).get('n4')?.alt).toBe('The video at 1:02:05');
  });
});
