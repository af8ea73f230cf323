import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { db } from '@/utils/db/database';
import { pacer } from '@/utils/export/pace';
import { runExport } from '@/utils/export/run-export';
import type { ExportScope } from '@/utils/export/snapshot';
import { zipExport } from '@/utils/export/zip-export';
import { sampleLibrary } from './sample-library';
import { JPEG_BYTES, sampleSnapshot, WEBP_1X1 } from './sample-snapshots';

process.env.TZ = 'UTC';

const noPause = async () => {};

async function store(...withSnapshot: string[]) {
  await db.lectures.bulkAdd(sampleLibrary.lectures);
  await db.notes.bulkAdd(sampleLibrary.notes);
  await db.snapshots.bulkAdd(withSnapshot.map((id) => sampleSnapshot(id, id === 'n4' ? 'image/jpeg' : 'image/webp')));
}

async function exportMarkdown(scope: ExportScope = { kind: 'all' }) {
  const progress: string[] = [];
  const file = await runExport({
    format: 'markdown',
    scope,
    now: Date.UTC(2026, 11, 2, 9),
    pause: noPause,
    sliceMs: 0,
    onProgress: ({ done, total, unit }) => progress.push(`${done}/${total} ${unit}`),
  });
  return { file, progress };
}

/** The archive's entries by name, with how each was stored (0: as is, 8: deflated). */
function unzip(bytes: Uint8Array) {
  const methods = new Map<string, number>();
  const files = unzipSync(bytes, {
    filter: (entry) => {
      methods.set(entry.name, entry.compression);
      return true;
    },
  });
  return { files, methods };
}

const imageLinks = (markdown: string) => [...markdown.matchAll(/!\[[^\n]*?\]\((images\/[^)]+)\)/g)].map((m) => m[1]);

describe('Markdown export with snapshots', () => {
  it('is a .zip of the .md (deflated) and images/ (stored as they are), each image linked under its note', async () => {
    await store('n1', 'n4');
    const { file, progress } = await exportMarkdown();
    expect(file.fileName).toBe('lectern-library-2026-12-02.zip');
    expect(file.blob.type).toBe('application/zip');
    expect(file.images).toBe(2);
    const { files, methods } = unzip(new Uint8Array(await file.blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'images/cells-energy-biology-101-0-42.webp',
      'images/thermodynamics-lecture-2-1-02-05.jpg',
      'lectern-library-2026-12-02.md',
    ]);
    expect(methods.get('lectern-library-2026-12-02.md')).toBe(8);
    expect(methods.get('images/cells-energy-biology-101-0-42.webp')).toBe(0);
    expect(methods.get('images/thermodynamics-lecture-2-1-02-05.jpg')).toBe(0);
    expect(files['images/cells-energy-biology-101-0-42.webp']).toEqual(WEBP_1X1);
    expect(files['images/thermodynamics-lecture-2-1-02-05.jpg']).toEqual(JPEG_BYTES);
    const markdown = new TextDecoder().decode(files['lectern-library-2026-12-02.md']);
    expect(imageLinks(markdown).sort()).toEqual(
      Object.keys(files)
        .filter((name) => name.startsWith('images/'))
        .sort(),
    );
    expect(markdown).toContain(
      '#snake_case\n\n  ![Mitochondria make ATP #biology #snake_case](images/cells-energy-biology-101-0-42.webp)\n- [1:05]',
    );
    expect(progress.at(-1)).toBe('2/2 images');
    expect(progress).toContain('5/5 notes');
  });

  it("escapes the alt text: a note's brackets, stars or backslashes never end the link early", async () => {
    await store('n2', 'n3');
    const { file } = await exportMarkdown();
    const { files } = unzip(new Uint8Array(await file.blob.arrayBuffer()));
    const markdown = new TextDecoder().decode(files['lectern-library-2026-12-02.md']);
    // After the caption's quote, a blank line: the image is its own paragraph, never part of the quote.
    expect(markdown).toContain(
      'breaks\n\n  ![Why does "ATP" release energy, \\<really\\>? # not a heading - not a list](images/cells-energy-biology-101-1-05.webp)\n',
    );
    expect(markdown).toContain(
      '  ![Glycolysis, then the Krebs cycle then \\[oxidative\\] phosphorylation](images/cells-energy-biology-101-2-00.webp)\n',
    );
  });

  it("carries only the exported notes' images (one lecture: not the other lecture's)", async () => {
    await store('n1', 'n4');
    const { file } = await exportMarkdown({ kind: 'lecture', lectureKey: 'url:https://lms.example.edu/course/thermo' });
    expect(file.fileName).toBe('lectern-thermodynamics-lecture-2-2026-12-02.zip');
    const { files } = unzip(new Uint8Array(await file.blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'images/thermodynamics-lecture-2-1-02-05.jpg',
      'lectern-thermodynamics-lecture-2-2026-12-02.md',
    ]);
  });

  it("of a filtered set carries only that set's images (questions: not the note's)", async () => {
    await store('n1', 'n4');
    const { file } = await exportMarkdown({ kind: 'filtered', filter: { kinds: ['question'] } });
    const { files } = unzip(new Uint8Array(await file.blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'images/thermodynamics-lecture-2-1-02-05.jpg',
      'lectern-library-2026-12-02.md',
    ]);
  });

  it('is the plain .md, as before, when no exported note has a snapshot', async () => {
    await store('n4');
    const { file } = await exportMarkdown({ kind: 'notes', noteIds: ['n1', 'n2'], title: 'search atp' });
    expect(file.fileName).toBe('lectern-search-atp-2026-12-02.md');
    expect(file.images).toBe(0);
    expect(file.blob.type).toBe('text/markdown;charset=utf-8');
    expect(await file.blob.text()).not.toContain('](images/');
  });

  it('stops when cancelled while packing the images', async () => {
    await store('n1', 'n4');
    const abort = new AbortController();
    await expect(
      runExport({
        format: 'markdown',
        scope: { kind: 'all' },
        now: Date.now(),
        pause: noPause,
        sliceMs: 0,
        signal: abort.signal,
        onProgress: ({ unit }) => unit === 'images' && abort.abort(),
      }),
    ).rejects.toThrow();
    expect(abort.signal.aborted).toBe(true);
  });

  it('that cannot be packed gives a clear sentence', async () => {
    const tooLong = { path: `images/${'x'.repeat(70_000)}.webp`, data: WEBP_1X1 };
    await expect(
      zipExport({
        textName: 'a.md',
        textParts: ['# a\n'],
        attachments: [tooLong],
        now: Date.now(),
        pacer: pacer(noPause),
      }),
    ).rejects.toThrow(/^the \.zip could not be made \(.+\)\. Nothing was changed; try again\.$/);
  });
});
