import { describe, expect, it } from 'vitest';
import { db } from '@/utils/db/database';
import { csvExporter } from '@/utils/export/csv';
import { markdownExporter } from '@/utils/export/markdown';
import { withSnapshotsFor } from '@/utils/export/run-export';
import { selectForExport } from '@/utils/export/snapshot';
import { sampleLibrary } from './sample-library';
import { sampleSnapshot } from './sample-snapshots';

async function storeSample() {
  await db.lectures.bulkAdd(sampleLibrary.lectures);
  await db.notes.bulkAdd(sampleLibrary.notes);
  await db.snapshots.bulkAdd([sampleSnapshot('n1'), sampleSnapshot('n4', 'image/jpeg')]);
}

describe("an export's snapshots", () => {
  it('are read only for an exporter that declares it needs them', async () => {
    await storeSample();
    const library = selectForExport(sampleLibrary, { kind: 'all' });
    expect((await withSnapshotsFor(csvExporter, library)).snapshots).toBeUndefined();
    const read = await withSnapshotsFor({ ...markdownExporter, withSnapshots: true }, library);
    expect(read.snapshots?.map((snapshot) => snapshot.noteId).sort()).toEqual(['n1', 'n4']);
    expect(read.snapshots?.find((snapshot) => snapshot.noteId === 'n1')).toEqual(sampleSnapshot('n1'));
  });

  it("are only the exported notes' (one lecture: not the other lecture's snapshot)", async () => {
    await storeSample();
    const lecture = selectForExport(sampleLibrary, { kind: 'lecture', lectureKey: 'youtube:abc123' });
    const read = await withSnapshotsFor({ ...markdownExporter, withSnapshots: true }, lecture);
    expect(read.snapshots?.map((snapshot) => snapshot.noteId)).toEqual(['n1']);
  });

  it('follow their notes when a scope is chosen from a library that carries them', () => {
    const library = { ...sampleLibrary, snapshots: [sampleSnapshot('n1'), sampleSnapshot('n4')] };
    expect(selectForExport(library, { kind: 'notes', noteIds: ['n4'], title: 't' }).snapshots).toEqual([
      sampleSnapshot('n4'),
    ]);
    expect(selectForExport(library, { kind: 'all' }).snapshots).toHaveLength(2);
    expect(selectForExport(sampleLibrary, { kind: 'all' })).not.toHaveProperty('snapshots');
  });

  it('that cannot be read give a clear sentence', async () => {
    await storeSample();
    db.close({ disableAutoOpen: true });
    await expect(
      withSnapshotsFor({ ...markdownExporter, withSnapshots: true }, selectForExport(sampleLibrary, { kind: 'all' })),
    ).rejects.toThrow(/^the notes' snapshot images could not be read \(.+\)\. Nothing was changed; try again\.$/);
  });
});
