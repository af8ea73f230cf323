import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/utils/backup/file';
import { exportToText } from '@/utils/export/exporter';
import { BACKUP_FORMAT, BACKUP_VERSION, jsonExporter, SNAPSHOTS_PER_PART } from '@/utils/export/json';
import { MAX_CAPTION_LENGTH } from '@/utils/model/kinds';
import { bytesToBase64 } from '@/utils/snapshots/base64';
import { seededSnapshot } from '../backup/sample-snapshots';
import { expectGolden } from './golden';
import { EXPORT_NOW, exportSample, sampleLibrary } from './sample-library';

const settings = { theme: 'dark', disabledSites: ['www.example.com'] };

describe('JSON backup', () => {
  const text = exportSample(jsonExporter, { kind: 'all' }, { settings });

  it('is versioned, complete and one record per line (golden file)', () => {
    expectGolden('library.json', text);
  });

  it('parses back to exactly the library and settings', () => {
    const backup = JSON.parse(text);
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.exportedAt).toBe('2026-11-25T09:30:00.000Z');
    expect(backup.settings).toEqual(settings);
    expect(backup.lectures).toEqual([...sampleLibrary.lectures].sort((a, b) => a.key.localeCompare(b.key)));
    expect(backup.notes).toEqual(sampleLibrary.notes);
    expect(backup.sessions).toEqual(sampleLibrary.sessions);
  });

  it('writes valid JSON for an empty library', () => {
    const empty = exportToText(jsonExporter, { lectures: [], notes: [], sessions: [] }, { now: EXPORT_NOW });
    expect(JSON.parse(empty)).toMatchObject({ lectures: [], notes: [], sessions: [] });
  });

  it("round-trips a note's caption through import, and refuses one over the cap", () => {
    const parsed = parseBackup(text, EXPORT_NOW);
    expect(parsed.ok && parsed.backup.notes.find((note) => note.id === 'n2')?.caption).toBe(
      sampleLibrary.notes[1]?.caption,
    );
    const long = text.replace('"caption":"so the', `"caption":"${'x'.repeat(MAX_CAPTION_LENGTH)}`);
    const refused = parseBackup(long, EXPORT_NOW);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/caption/);
  });

  it("writes the notes' snapshots one per line, a few per part, each note counted once for progress", () => {
    const snapshots = Array.from({ length: 20 }, (_, at) => seededSnapshot(`n${at}`, at));
    const notes = snapshots.map((snapshot, at) => ({ ...sampleLibrary.notes[0], id: snapshot.noteId, time: at }));
    const library = { lectures: sampleLibrary.lectures.slice(0, 1), notes, sessions: [], snapshots };
    const parts = [...jsonExporter.parts(library as never, { now: EXPORT_NOW })];
    const imageParts = parts.filter((part) => part.text.includes('"base64"'));
    expect(imageParts).toHaveLength(Math.ceil(20 / SNAPSHOTS_PER_PART));
    expect(parts.reduce((sum, part) => sum + part.notes, 0)).toBe(20);
    const file = JSON.parse(parts.map((part) => part.text).join(''));
    expect(file.snapshots[0]).toEqual({
      noteId: 'n0',
      mime: 'image/webp',
      width: 1280,
      height: 720,
      createdAt: snapshots[0]?.createdAt,
      base64: bytesToBase64(snapshots[0]?.data as Uint8Array),
    });
    expect(file.snapshots).toHaveLength(20);
  });

  it('writes no snapshots list when the export has none to carry (the golden file above)', () => {
    expect(JSON.parse(text)).not.toHaveProperty('snapshots');
  });
});
