/** Reading a backup's snapshots: each on its own; a bad one is skipped and counted, the rest imports. */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/utils/backup/file';
import { skippedSnapshotsText } from '@/utils/backup/snapshots';
import { snapshotRecord } from '@/utils/export/json';
import { SNAPSHOT_MAX_BYTES } from '@/utils/model/snapshots';
import { bytesToBase64 } from '@/utils/snapshots/base64';
import { EXPORT_NOW } from '../export/sample-library';
import { backupWithSnapshots, imageBytes, seededSnapshot } from './sample-snapshots';

function parsed(records: unknown[]) {
  const result = parseBackup(backupWithSnapshots(records), EXPORT_NOW);
  if (!result.ok) throw new Error(result.error);
  return result.backup;
}

const good = seededSnapshot('n1', 1);
const record = (facts: Record<string, unknown> = {}, noteId = 'n1') => ({
  ...snapshotRecord(seededSnapshot(noteId, 2)),
  ...facts,
});

describe('a backup’s snapshots', () => {
  it('reads a WebP and a JPEG back to their exact bytes and facts', () => {
    const jpeg = seededSnapshot('n4', 3, { mime: 'image/jpeg', width: 640, height: 1138 });
    const backup = parsed([snapshotRecord(good), snapshotRecord(jpeg)]);
    expect(backup.snapshots).toEqual([good, jpeg]);
    expect(backup.unreadableSnapshots).toBe(0);
  });

  it.each([
    ['not base64', { base64: '<script>alert(1)</script>' }],
    ['empty', { base64: '' }],
    [
      'neither WebP nor JPEG (a PNG)',
      { base64: bytesToBase64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])) },
    ],
    ['a WebP that says it is a JPEG', { mime: 'image/jpeg' }],
    ['a type Lectern never writes', { mime: 'image/png' }],
    ['larger than 150 KB', { base64: bytesToBase64(imageBytes('image/webp', SNAPSHOT_MAX_BYTES + 1)) }],
    ['no width', { width: undefined }],
    ['a width over 1280 px', { width: 1281 }],
    ['a height of 0', { height: 0 }],
    ['a fractional size', { width: 640.5 }],
    ['a time in the future', { createdAt: EXPORT_NOW + 2 * 24 * 3600_000 }],
    ['no note id', { noteId: '' }],
  ])('skips and counts a snapshot that is %s, and imports the rest', (_, facts) => {
    const backup = parsed([snapshotRecord(good), record(facts, 'n2')]);
    expect(backup.snapshots).toEqual([good]);
    expect(backup.unreadableSnapshots).toBe(1);
    expect(backup.notes).toHaveLength(5);
  });

  it('skips records that are not objects, and a second snapshot for the same note', () => {
    const backup = parsed([snapshotRecord(good), 'RIFF', null, 42, record({}, 'n1')]);
    expect(backup.snapshots).toEqual([good]);
    expect(backup.unreadableSnapshots).toBe(4);
  });

  it('keeps a snapshot of a note the backup does not hold (it may be in the library: the merge decides)', () => {
    const elsewhere = seededSnapshot('note-in-the-library', 5);
    expect(parsed([snapshotRecord(elsewhere)]).snapshots).toEqual([elsewhere]);
  });

  it('reads a backup made before snapshots (no list) as before', () => {
    const old = JSON.parse(backupWithSnapshots([]));
    delete old.snapshots;
    const result = parseBackup(JSON.stringify(old), EXPORT_NOW);
    expect(result.ok && result.backup).toMatchObject({ notes: expect.any(Array) });
    expect(result.ok && 'snapshots' in result.backup).toBe(false);
  });

  it('refuses a file whose snapshots are not a list (it is damaged)', () => {
    const result = parseBackup(backupWithSnapshots([]).replace('"snapshots":[]', '"snapshots":{}'), EXPORT_NOW);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('snapshots') });
  });
});

describe('what the student reads about skipped snapshots', () => {
  it.each([
    [{ unreadable: 0, withoutNote: 0 }, null],
    [{ unreadable: 1, withoutNote: 0 }, '1 snapshot could not be read and was skipped.'],
    [{ unreadable: 2, withoutNote: 0 }, '2 snapshots could not be read and were skipped.'],
    [
      { unreadable: 2, withoutNote: 1 },
      '2 snapshots could not be read and were skipped; 1 snapshot belongs to no note in this backup or your library and was skipped.',
    ],
  ])('%o: %s', (skipped, text) => {
    expect(skippedSnapshotsText(skipped)).toBe(text);
  });
});
