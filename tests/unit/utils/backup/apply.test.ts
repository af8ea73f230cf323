import { describe, expect, it } from 'vitest';
import { applyImport, MAX_BACKUP_BYTES, parseBackup, summarizeImport } from '@/utils/backup/apply';
import { db } from '@/utils/db/database';
import { readLibrary, wipeLibrary } from '@/utils/db/library';
import { exportToText } from '@/utils/export/exporter';
import { jsonExporter } from '@/utils/export/json';
import { selectForExport } from '@/utils/export/snapshot';
import { DEFAULT_TIMER_SETTINGS, disabledSitesSetting, themeSetting } from '@/utils/settings/items';
import { readAllSettings, resetAllSettings } from '@/utils/settings/registry';
import { EXPORT_NOW, sampleLibrary } from '../export/sample-library';
import { sampleCard } from '../model/samples';

async function seed() {
  await db.lectures.bulkAdd(sampleLibrary.lectures);
  await db.notes.bulkAdd(sampleLibrary.notes);
  await db.sessions.bulkAdd(sampleLibrary.sessions);
}

async function backupText() {
  return exportToText(jsonExporter, selectForExport(await readLibrary(), { kind: 'all' }), {
    now: EXPORT_NOW,
    settings: await readAllSettings(),
  });
}

function parsedOrThrow(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.error);
  return result.backup;
}

describe('import: round trip', () => {
  it('export, wipe everything, import: the library and settings are back exactly', async () => {
    await seed();
    await themeSetting.setValue('dark');
    await disabledSitesSetting.setValue(['www.example.com']);
    const before = await backupText();

    await wipeLibrary();
    await resetAllSettings();
    expect((await readLibrary()).notes).toEqual([]);
    expect(await themeSetting.getValue()).toBe('system');

    const backup = parsedOrThrow(before);
    expect(await summarizeImport(backup)).toEqual({
      lectures: { new: 2, updated: 0, unchanged: 0 },
      notes: { new: 5, updated: 0, unchanged: 0 },
      sessions: { new: 1, updated: 0, unchanged: 0 },
      settings: ['theme', 'disabledSites'],
      snapshots: { new: 0, updated: 0, unchanged: 0 },
      skippedSnapshots: { unreadable: 0, withoutNote: 0 },
    });
    await applyImport(backup);
    expect(await backupText()).toBe(before);
  });

  it("gives the same file whatever order a record's fields were stored in", async () => {
    // Notes added by the background put `id` after the fields they were sent with.
    await db.lectures.bulkAdd(sampleLibrary.lectures);
    await db.notes.bulkAdd(sampleLibrary.notes.map(({ id, ...rest }) => ({ ...rest, id })));
    const before = await backupText();
    await wipeLibrary();
    await applyImport(parsedOrThrow(before));
    expect(await backupText()).toBe(before);
  });

  it('importing the same backup twice changes nothing the second time', async () => {
    await seed();
    const backup = parsedOrThrow(await backupText());
    expect(await summarizeImport(backup)).toMatchObject({
      lectures: { new: 0, updated: 0, unchanged: 2 },
      notes: { new: 0, updated: 0, unchanged: 5 },
      settings: [],
    });
  });
});

describe('import: merge by id, newer updatedAt wins', () => {
  it('takes newer records from the file and keeps newer ones in the library', async () => {
    await seed();
    const backup = parsedOrThrow(await backupText());
    const [n1, n2] = [backup.notes.find((n) => n.id === 'n1'), backup.notes.find((n) => n.id === 'n2')];
    if (!n1 || !n2) throw new Error('fixture');
    n1.text = 'edited in the backup';
    n1.updatedAt += 1000; // newer in the file
    n2.text = 'older in the backup';
    n2.updatedAt -= 1000; // older in the file
    backup.notes.push({ ...n1, id: 'n9', text: 'only in the backup' });
    await db.notes.update('n2', { text: 'kept', updatedAt: n2.updatedAt + 5000 });

    expect((await summarizeImport(backup)).notes).toEqual({ new: 1, updated: 1, unchanged: 4 });
    await applyImport(backup);
    expect((await db.notes.get('n1'))?.text).toBe('edited in the backup');
    expect((await db.notes.get('n2'))?.text).toBe('kept');
    expect((await db.notes.get('n9'))?.text).toBe('only in the backup');
  });

  it('keeps fields added by later features (loose records, and a review card ts-fsrs grew)', async () => {
    await seed();
    const backup = JSON.parse(await backupText());
    backup.notes[0].addedLater = 'kept';
    backup.notes[0].review = { ...sampleCard, retrievability: 0.9 };
    await wipeLibrary();
    await applyImport(parsedOrThrow(JSON.stringify(backup)));
    expect(await db.notes.get(backup.notes[0].id)).toMatchObject({
      addedLater: 'kept',
      review: { ...sampleCard, retrievability: 0.9 },
    });
  });
});

/** One record of a parsed backup, to damage. */
const row = (list: unknown, index: number) => (list as Record<string, unknown>[])[index] as Record<string, unknown>;

describe('import: bad files change nothing', () => {
  const valid = () => exportToText(jsonExporter, selectForExport(sampleLibrary, { kind: 'all' }), { now: EXPORT_NOW });
  const mutate = (change: (backup: Record<string, unknown> & { notes: Record<string, unknown>[] }) => void) => {
    const backup = JSON.parse(valid());
    change(backup);
    return JSON.stringify(backup);
  };

  it.each([
    ['not JSON', 'hello, I am a text file', /not valid JSON/],
    ['empty', '', /empty/],
    ['truncated', valid().slice(0, 900), /cut off \(truncated\)/],
    ['another JSON file', '{"name":"package","version":"1.0.0"}', /format marker is missing/],
    ['a JSON array', '[1,2,3]', /format marker is missing/],
    [
      'wrong format marker',
      mutate((b) => {
        b.format = 'other-backup';
      }),
      /format marker/,
    ],
    [
      'a future version',
      mutate((b) => {
        b.version = 2;
      }),
      /newer version of Lectern/,
    ],
    [
      'a version that is not a number',
      mutate((b) => {
        b.version = 'one';
      }),
      /invalid record at version/,
    ],
    [
      'an invalid note kind',
      mutate((b) => {
        (b.notes[0] as { kind: string }).kind = 'essay';
      }),
      /notes\.0\.kind/,
    ],
    [
      'a note time that is not a number',
      mutate((b) => {
        (b.notes[1] as { time: unknown }).time = '1:05';
      }),
      /notes\.1\.time/,
    ],
    [
      'a missing lectures list',
      mutate((b) => {
        delete b.lectures;
      }),
      /invalid record at lectures/,
    ],
    [
      'an invalid setting',
      mutate((b) => {
        b.settings = { theme: 'purple' };
      }),
      /settings\.theme/,
    ],
    [
      'duplicate note ids',
      mutate((b) => {
        b.notes.push({ ...(b.notes[0] as object) });
      }),
      /lists the record "n1" twice/,
    ],
    [
      'a note without its lecture',
      mutate((b) => {
        (b.notes[0] as { lectureKey: string }).lectureKey = 'youtube:gone';
      }),
      /does not contain/,
    ],
  ])('refuses %s with a clear message', async (_name, text, message) => {
    await seed();
    const before = await readLibrary();
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    if (!result.ok) expect(result.error).toMatch(/Nothing was imported|not a Lectern backup/);
    expect(await readLibrary()).toEqual(before);
  });

  it.each([
    [
      'a lecture URL that is not http(s)',
      mutate((b) => {
        row(b.lectures, 0).url = 'javascript:alert(1)';
      }),
      /at lectures\.0\.url: must be an http\(s\) URL/,
    ],
    [
      'a time far in the future (it would win every later merge)',
      mutate((b) => {
        row(b.notes, 0).updatedAt = 1e300;
      }),
      /at notes\.0\.updatedAt: is in the future/,
    ],
    [
      'a session that ends after tomorrow',
      mutate((b) => {
        row(b.sessions, 0).endedAt = Date.now() + 2 * 24 * 3600 * 1000;
      }),
      /at sessions\.0\.endedAt: is in the future/,
    ],
    [
      'an incomplete review card',
      mutate((b) => {
        row(b.notes, 0).review = { due: 123, stability: 2.5 };
      }),
      /at notes\.0\.review\.difficulty/,
    ],
    [
      'a review card with an impossible state',
      mutate((b) => {
        row(b.notes, 0).review = { ...sampleCard, state: 7 };
      }),
      /at notes\.0\.review\.state/,
    ],
    [
      'a setting Lectern does not have',
      mutate((b) => {
        b.settings = { theme: 'dark', evil: true };
      }),
      /at settings\.evil/,
    ],
    [
      'an unknown key inside a setting',
      mutate((b) => {
        b.settings = { timer: { ...DEFAULT_TIMER_SETTINGS, extra: 1 } };
      }),
      /at settings\.timer\.extra/,
    ],
  ])('refuses what export never writes: %s', async (_name, text, message) => {
    await seed();
    const before = await readLibrary();
    const settings = await readAllSettings();
    const result = parseBackup(text);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(await readLibrary()).toEqual(before);
    expect(await readAllSettings()).toEqual(settings);
  });

  it('names every rejected field, where it is and why', () => {
    const text = mutate((b) => {
      row(b.lectures, 1).url = 'data:text/html,hi';
      row(b.notes, 2).updatedAt = 1e300;
      b.settings = { extra: 1 };
    });
    const result = parseBackup(text, EXPORT_NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^This backup has 3 invalid fields: /);
    expect(result.error).toMatch(/at settings\.extra: /);
    expect(result.error).toMatch(/at lectures\.1\.url: must be an http\(s\) URL/);
    expect(result.error).toMatch(/at notes\.2\.updatedAt: is in the future/);
    expect(result.error).toMatch(/Nothing was imported\.$/);
  });

  it('accepts times up to a day past the clock (another device may run ahead)', () => {
    const text = mutate((b) => {
      row(b.notes, 0).updatedAt = EXPORT_NOW + 23 * 3600 * 1000;
    });
    expect(parseBackup(text, EXPORT_NOW).ok).toBe(true);
    expect(parseBackup(text, EXPORT_NOW - 2 * 3600 * 1000).ok).toBe(false);
  });

  it('refuses an oversized file before reading it', () => {
    const result = parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1));
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/This file is 257 MB; a Lectern backup can be at most 256 MB/),
    });
  });

  it('writes nothing at all when one record fails inside the transaction', async () => {
    const backup = parsedOrThrow(valid());
    // A record IndexedDB itself rejects (a key it cannot store) after valid ones were put.
    (backup.sessions[0] as { id: unknown }).id = { not: 'a key' };
    expect(await applyImport(backup)).toEqual({ ok: false, error: expect.stringMatching(/Nothing was imported/) });
    expect(await readLibrary()).toEqual({ lectures: [], notes: [], sessions: [], courseNames: [] });
  });
});
