/**
 * Snapshots through a backup: exported from the library by the JSON export, imported back byte for
 * byte (SHA-256), merged by the rule (added where the note has none, the newer `createdAt` wins),
 * a bad or orphan one skipped and counted while everything else imports.
 */
import { describe, expect, it } from 'vitest';
import { applyImport, type Backup, parseBackup, summarizeImport } from '@/utils/backup/apply';
import { planMerge } from '@/utils/backup/merge';
import { db } from '@/utils/db/database';
import { wipeLibrary } from '@/utils/db/library';
import { snapshotRecord } from '@/utils/export/json';
import { type RunExportOptions, runExport } from '@/utils/export/run-export';
import type { Snapshot } from '@/utils/model/snapshots';
import { EXPORT_NOW, sampleLibrary } from '../export/sample-library';
import { backupWithSnapshots, seededSnapshot, sha256 } from './sample-snapshots';

async function seed(snapshots: Snapshot[]) {
  await db.lectures.bulkAdd(sampleLibrary.lectures);
  await db.notes.bulkAdd(sampleLibrary.notes);
  await db.snapshots.bulkAdd(snapshots);
}

async function exported(
  scope: RunExportOptions['scope'] = { kind: 'all' },
  onProgress?: RunExportOptions['onProgress'],
) {
  const file = await runExport({ format: 'json', scope, now: EXPORT_NOW, pause: async () => {}, onProgress });
  return file.blob.text();
}

function parsedOrThrow(text: string): Backup {
  const result = parseBackup(text, EXPORT_NOW);
  if (!result.ok) throw new Error(result.error);
  return result.backup;
}

const digests = async (snapshots: Snapshot[]) =>
  Object.fromEntries(await Promise.all(snapshots.map(async (item) => [item.noteId, await sha256(item.data)])));

describe('snapshots through a JSON backup', () => {
  const webp = seededSnapshot('n1', 1);
  const jpeg = seededSnapshot('n4', 2, { mime: 'image/jpeg', width: 960, height: 540 });

  it('export, delete everything, import: every image is back byte for byte', async () => {
    await seed([webp, jpeg]);
    const before = await digests(await db.snapshots.toArray());
    const progress: number[] = [];
    const text = await exported({ kind: 'all' }, ({ done }) => progress.push(done));
    // Progress counts each note once, a pictured one when its image is written.
    expect(progress.at(-1)).toBe(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    await wipeLibrary();
    expect(await db.snapshots.count()).toBe(0);
    const backup = parsedOrThrow(text);
    expect(await summarizeImport(backup)).toMatchObject({
      snapshots: { new: 2, updated: 0, unchanged: 0 },
      skippedSnapshots: { unreadable: 0, withoutNote: 0 },
    });
    const outcome = await applyImport(backup);
    expect(outcome.ok && outcome.written.snapshots).toHaveLength(2);

    const after = await db.snapshots.toArray();
    expect(await digests(after)).toEqual(before);
    expect(before).toEqual(await digests([webp, jpeg]));
    expect(after.find((item) => item.noteId === 'n4')).toEqual(jpeg);
    // And the library gives the same file again.
    expect(await exported()).toBe(text);
  });

  it('a lecture’s backup carries only that lecture’s snapshots', async () => {
    await seed([webp, jpeg]);
    const file = JSON.parse(await exported({ kind: 'lecture', lectureKey: 'youtube:abc123' }));
    expect(file.snapshots.map((item: { noteId: string }) => item.noteId)).toEqual(['n1']);
    expect(file.snapshots[0]).toEqual(snapshotRecord(webp));
  });

  it('imports the good snapshots of a file with a corrupt one, and counts the skipped one', async () => {
    await db.lectures.bulkAdd(sampleLibrary.lectures);
    const corrupt = { ...snapshotRecord(seededSnapshot('n2', 3)), base64: 'not*base64' };
    const backup = parsedOrThrow(backupWithSnapshots([snapshotRecord(webp), corrupt, snapshotRecord(jpeg)]));
    expect(await summarizeImport(backup)).toMatchObject({
      notes: { new: 5 },
      snapshots: { new: 2, updated: 0, unchanged: 0 },
      skippedSnapshots: { unreadable: 1, withoutNote: 0 },
    });
    expect((await applyImport(backup)).ok).toBe(true);
    expect(await db.notes.count()).toBe(5);
    expect((await db.snapshots.toArray()).map((item) => item.noteId).sort()).toEqual(['n1', 'n4']);
  });

  it('adds a snapshot for a note only the library holds, and skips one whose note is nowhere', async () => {
    await seed([]);
    const libraryOnly = { ...JSON.parse(backupWithSnapshots([])), notes: [], lectures: [], sessions: [] };
    libraryOnly.snapshots = [snapshotRecord(webp), snapshotRecord(seededSnapshot('gone', 4))];
    const backup = parsedOrThrow(JSON.stringify(libraryOnly));
    expect(await summarizeImport(backup)).toMatchObject({
      snapshots: { new: 1, updated: 0, unchanged: 0 },
      skippedSnapshots: { unreadable: 0, withoutNote: 1 },
    });
    expect((await applyImport(backup)).ok).toBe(true);
    expect(await db.snapshots.toArray()).toEqual([webp]);
  });

  it('keeps the newer of two snapshots of one note (the library’s or the file’s)', async () => {
    const stored = seededSnapshot('n1', 10, { createdAt: 5_000 });
    await seed([stored, { ...jpeg, createdAt: 5_000 }]);
    const newer = seededSnapshot('n1', 11, { createdAt: 6_000 });
    const older = { ...seededSnapshot('n4', 12, { mime: 'image/jpeg' }), createdAt: 4_000 };
    const backup = parsedOrThrow(backupWithSnapshots([snapshotRecord(newer), snapshotRecord(older)]));
    expect((await summarizeImport(backup)).snapshots).toEqual({ new: 0, updated: 1, unchanged: 1 });
    expect((await applyImport(backup)).ok).toBe(true);
    expect(await db.snapshots.get('n1')).toEqual(newer);
    expect(await db.snapshots.get('n4')).toEqual({ ...jpeg, createdAt: 5_000 });
  });
});

describe('the snapshot merge rule (pure)', () => {
  const library = { lectures: [], notes: sampleLibrary.notes.slice(0, 2), sessions: [] };
  const plan = (incoming: Snapshot[], existing: Snapshot[], notes = sampleLibrary.notes.slice(2)) =>
    planMerge({ lectures: [], notes, sessions: [], snapshots: incoming }, { ...library, snapshots: existing })
      .snapshots;

  it.each([
    ['the note has none: added', [], { added: 1, updated: 0, unchanged: 0 }],
    [
      'the file’s is newer: it wins',
      [seededSnapshot('n1', 1, { createdAt: 10 })],
      { added: 0, updated: 1, unchanged: 0 },
    ],
    [
      'the library’s is newer: kept',
      [seededSnapshot('n1', 1, { createdAt: 30 })],
      { added: 0, updated: 0, unchanged: 1 },
    ],
    ['the same time: kept', [seededSnapshot('n1', 1, { createdAt: 20 })], { added: 0, updated: 0, unchanged: 1 }],
  ])('%s', (_, existing, counts) => {
    const result = plan([seededSnapshot('n1', 2, { createdAt: 20 })], existing);
    expect({ added: result.added.length, updated: result.updated.length, unchanged: result.unchanged }).toEqual(counts);
    expect(result.withoutNote).toBe(0);
  });

  it('takes a snapshot of a note in the file, and leaves out one of a note in neither', () => {
    const result = plan([seededSnapshot('n3', 1), seededSnapshot('nowhere', 2)], []);
    expect(result.added.map((item) => item.noteId)).toEqual(['n3']);
    expect(result.withoutNote).toBe(1);
  });
});
