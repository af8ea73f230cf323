import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/utils/backup/file';
import { exportToText } from '@/utils/export/exporter';
import { BACKUP_FORMAT, BACKUP_VERSION, jsonExporter } from '@/utils/export/json';
import { MAX_CAPTION_LENGTH } from '@/utils/model/kinds';
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
});
