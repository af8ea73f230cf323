/**
 * An import is all or nothing from the student's point of view, although records (IndexedDB) and
 * settings (browser.storage) share no transaction: every failure order leaves both as they were,
 * with a clear message.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyImport, type Backup, parseBackup } from '@/utils/backup/apply';
import { db } from '@/utils/db/database';
import { readLibrary } from '@/utils/db/library';
import { exportToText } from '@/utils/export/exporter';
import { jsonExporter } from '@/utils/export/json';
import { selectForExport } from '@/utils/export/snapshot';
import { disabledSitesSetting, themeSetting } from '@/utils/settings/items';
import { readAllSettings } from '@/utils/settings/registry';
import { EXPORT_NOW, sampleLibrary } from '../export/sample-library';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A backup that adds a lecture and its notes and changes two settings. */
function incomingBackup(): Backup {
  const text = exportToText(jsonExporter, selectForExport(sampleLibrary, { kind: 'all' }), {
    now: EXPORT_NOW,
    settings: { ...sampleSettings, theme: 'dark', disabledSites: ['www.example.com'] },
  });
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.error);
  return result.backup;
}

let sampleSettings: Record<string, unknown>;

beforeEach(async () => {
  // The student's library holds one of the two lectures (an older copy) and one note; theme light.
  const [lecture] = sampleLibrary.lectures;
  if (!lecture) throw new Error('fixture');
  await db.lectures.add({ ...lecture, title: 'My own title', updatedAt: lecture.updatedAt - 1000 });
  await db.notes.add({ ...(sampleLibrary.notes[0] as (typeof sampleLibrary.notes)[0]), text: 'mine' });
  await themeSetting.setValue('light');
  sampleSettings = await readAllSettings();
});

async function state() {
  return { library: await readLibrary(), settings: await readAllSettings() };
}

describe('applyImport: all or nothing', () => {
  it('applies records and settings together when nothing fails', async () => {
    const outcome = await applyImport(incomingBackup());
    expect(outcome.ok).toBe(true);
    expect((await readLibrary()).notes).toHaveLength(5);
    expect(await db.lectures.get('youtube:abc123')).toMatchObject({ title: sampleLibrary.lectures[0]?.title });
    expect(await themeSetting.getValue()).toBe('dark');
    expect(await disabledSitesSetting.getValue()).toEqual(['www.example.com']);
  });

  it('writes the changed settings in one storage call', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await applyImport(incomingBackup());
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual(['disabledSites', 'theme']);
  });

  it.each([
    ['a failing storage write', () => new Error('storage is broken'), /could not write it \(storage is broken\)/],
    ['a full disk (QuotaExceededError) in storage', quotaError, /not enough free disk space/],
  ])('%s: nothing changes, and the student is told', async (_name, makeError, message) => {
    const before = await state();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(makeError());
    const outcome = await applyImport(incomingBackup());
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(outcome.ok ? '' : outcome.error).toMatch(/Nothing was imported and nothing changed/);
    expect(await state()).toEqual(before);
  });

  it.each([
    ['a failing transaction', () => new Error('the database is closing'), /could not write it/],
    ['a full disk (QuotaExceededError) in IndexedDB', quotaError, /not enough free disk space/],
  ])(
    '%s after the settings were written: records roll back, settings are put back',
    async (_name, makeError, message) => {
      const before = await state();
      // Lectures are written first inside the transaction; the notes fail after them.
      let themeDuringTransaction: unknown;
      vi.spyOn(db.notes, 'bulkPut').mockImplementationOnce((() =>
        themeSetting.getValue().then((theme) => {
          themeDuringTransaction = theme;
          throw makeError();
        })) as unknown as typeof db.notes.bulkPut);
      const outcome = await applyImport(incomingBackup());
      expect(outcome).toEqual({ ok: false, error: expect.stringMatching(message) });
      expect(outcome.ok ? '' : outcome.error).toMatch(/Nothing was imported and nothing changed/);
      expect(themeDuringTransaction).toBe('dark'); // the settings had been written, then were put back
      expect(await state()).toEqual(before);
    },
  );

  it('says exactly which settings it could not put back when even that fails', async () => {
    const before = await readLibrary();
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValueOnce(quotaError());
    const local = fakeBrowser.storage.local;
    const write = local.set.bind(local);
    const set = vi.spyOn(local, 'set');
    set.mockImplementationOnce(write); // the import's write works
    set.mockRejectedValueOnce(quotaError()); // putting them back does not
    const outcome = await applyImport(incomingBackup());
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.error).toMatch(
      /No notes or lectures were imported, but Lectern could not put back these settings: theme, disabledSites .*Options/,
    );
    expect(await readLibrary()).toEqual(before);
    expect(await themeSetting.getValue()).toBe('dark'); // the message is true: it stayed changed
  });

  it('leaves settings alone (no storage write) when the backup changes none', async () => {
    const backup = incomingBackup();
    backup.settings = { theme: 'light' };
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect((await applyImport(backup)).ok).toBe(true);
    expect(set).not.toHaveBeenCalled();
  });
});
