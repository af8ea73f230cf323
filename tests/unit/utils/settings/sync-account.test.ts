import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/utils/db/database';
import { runExport } from '@/utils/export/run-export';
import { storageUrlProblem, syncFolderProblem } from '@/utils/model/sync-account';
import { readAllSettings, resetAllSettings } from '@/utils/settings/registry';
import { syncAccountSetting } from '@/utils/settings/sync-account';
import { sampleLibrary } from '../export/sample-library';

const ACCOUNT = {
  url: 'https://cloud.example.edu/remote.php/dav/files/ada/',
  user: 'ada-lovelace',
  password: 'app-pass-QX7-secret',
  folder: 'Lectern/',
  passphrase: 'blue otter 42 secret',
  conditionalWrites: true,
  savedAt: 1_700_000_000_000,
};

describe('the sync account', () => {
  it('stays on this device: in storage.local, never storage.sync', async () => {
    await syncAccountSetting.setValue(ACCOUNT);
    expect(await fakeBrowser.storage.local.get('syncAccount')).toEqual({ syncAccount: ACCOUNT });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('is never in a JSON backup of the whole library (no password, passphrase, user or server)', async () => {
    await db.lectures.bulkAdd(sampleLibrary.lectures);
    await db.notes.bulkAdd(sampleLibrary.notes);
    await syncAccountSetting.setValue(ACCOUNT);
    const file = await runExport({ format: 'json', scope: { kind: 'all' }, now: Date.now(), pause: async () => {} });
    const text = await file.blob.text();
    expect(JSON.parse(text).settings).toBeTruthy();
    for (const secret of [ACCOUNT.password, ACCOUNT.passphrase, ACCOUNT.user, 'cloud.example.edu', 'syncAccount']) {
      expect(text).not.toContain(secret);
    }
    expect(Object.keys(await readAllSettings())).not.toContain('syncAccount');
  });

  it('survives "Reset to defaults" (a reset of preferences does not sign out of the storage)', async () => {
    await syncAccountSetting.setValue(ACCOUNT);
    await resetAllSettings();
    expect(await syncAccountSetting.getValue()).toEqual(ACCOUNT);
  });
});

describe('storageUrlProblem / syncFolderProblem', () => {
  it.each([
    ['https://cloud.example.edu/remote.php/dav/files/ada/', null],
    ['http://127.0.0.1:8080/dav/', null],
    ['http://localhost/dav/', null],
    ['http://cloud.example.edu/dav/', /travel unprotected/],
    ['https://ada:pw@cloud.example.edu/dav/', /own fields/],
    ['ftp://cloud.example.edu/', /must start with https/],
    ['cloud.example.edu', /full address/],
  ])('%s', (url, problem) => {
    const found = storageUrlProblem(url);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it.each([
    ['Lectern/', null],
    ['/Uni/Lectern', null],
    ['', /Name a folder/],
    ['a/../b', /cannot hold/],
  ])('folder %j', (folder, problem) => {
    const found = syncFolderProblem(folder);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
