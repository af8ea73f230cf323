/**
 * Sync between two devices (two browser profiles, each with the built extension) through a real
 * WebDAV server (Apache httpd with mod_dav, tests/support/webdav-server.ts), set up in Options the
 * way a student does, with end-to-end encryption on: notes added, edited on both sides (a conflict
 * the library shows and the student resolves), deleted; the server stopped mid-sync; a wrong
 * password; a full disk (507); a note with a snapshot, whose image reaches the other device and
 * is deleted everywhere with its note. The files on the server hold no note text and no image.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type StudentBrowser, type TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { openInLibrary, openLecture } from '../support/student';
import { startWebDavServer, WEBDAV_PASSWORD, type WebDavServer } from '../support/webdav-server';
import { panelThumbnail, takeSnapshotNote } from './snapshot-steps';
import {
  type StoredNote,
  sendAsPage,
  setUpSync,
  storedNotes,
  storedRecords,
  syncSettled,
  syncStatusText,
} from './sync-devices';

let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDavServer();
});
afterAll(() => server?.close());

const PASSPHRASE = 'correct horse battery staple';
const textsOf = (notes: StoredNote[]) => notes.map((note) => note.text).sort();

describeInBrowsers('Sync between two devices in %s', (e2e) => {
  let laptop: TabHandle;
  let labPc: TabHandle;
  let labBrowser: StudentBrowser;
  afterAll(async () => {
    await labBrowser?.close();
  });

  it('carries notes both ways, keeps both texts of a note edited on both, deletes everywhere, encrypted', async () => {
    const folder = `Lectern-${e2e.name}-${Date.now().toString(36)}`;
    await labBrowser?.close();
    labBrowser = await launchBrowser(e2e.name);
    laptop = await setUpSync(e2e.browser, {
      url: server.url(),
      password: WEBDAV_PASSWORD,
      folder,
      passphrase: PASSPHRASE,
    });
    labPc = await setUpSync(labBrowser, {
      url: server.url(),
      password: WEBDAV_PASSWORD,
      folder,
      passphrase: PASSPHRASE,
    });

    // On the laptop: a note taken on a lecture, the way a student does.
    const lecture = await e2e.lecture('/demo/', 'lectern.test');
    await lecture.playTo(2, 2);
    await lecture.takeNote('Mitochondria make ATP');
    const [first] = await storedNotes(laptop);
    await sendAsPage(laptop, 'note/add', {
      lectureKey: first?.lectureKey,
      time: 4,
      kind: 'note',
      text: 'Delete me later',
    });
    expect((await syncSettled(laptop)).lastError).toBeNull();

    // On the lab PC: "Sync now" brings them, and the library shows them.
    await labPc.click('[data-testid="sync-now"]');
    await labPc.waitFor(
      () => /^Synced/.test(document.querySelector('[data-testid="sync-status"]')?.textContent ?? ''),
      null,
      60_000,
    );
    await syncSettled(labPc);
    expect(textsOf(await storedNotes(labPc))).toEqual(['Delete me later', 'Mitochondria make ATP']);
    const onLab = await openInLibrary(labBrowser, 'Cells and energy');
    expect(await onLab.evaluate(() => document.body.textContent)).toContain('Mitochondria make ATP');
    await onLab.close();

    // Both edit the same note before syncing; the laptop deletes the other one.
    const edit = async (page: TabHandle, text: string) => {
      const note = (await storedNotes(page)).find((item) => item.text === 'Mitochondria make ATP') as StoredNote;
      await sendAsPage(page, 'note/update', { id: note.id, updatedAt: note.updatedAt, changes: { text } });
    };
    await edit(labPc, 'Mitochondria make ATP (lab)');
    await edit(laptop, 'Mitochondria make ATP (laptop)');
    const doomed = (await storedNotes(laptop)).find((item) => item.text === 'Delete me later') as StoredNote;
    await sendAsPage(laptop, 'note/delete', { id: doomed.id });
    await syncSettled(labPc);
    await syncSettled(laptop);
    await syncSettled(labPc);

    // Neither text is lost: the lab PC's library shows the conflict, and the student keeps both.
    const library = await openInLibrary(labBrowser, 'Cells and energy');
    await library.waitFor(() => document.querySelector('.note-conflict') !== null, null);
    expect(await library.evaluate(() => document.querySelector('.note-conflict')?.textContent ?? '')).toMatch(
      /Conflict.*changed on another device.*Mitochondria make ATP \((lab|laptop)\)/,
    );
    await library.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('.note-conflict button')]
        .find((b) => b.textContent === 'Keep both')
        ?.click(),
    );
    await library.waitFor(() => document.querySelector('.note-conflict') === null, null);
    await library.close();
    await syncSettled(labPc);
    await syncSettled(laptop);
    for (const device of [laptop, labPc]) {
      const notes = await storedNotes(device);
      expect(textsOf(notes)).toEqual(['Mitochondria make ATP (lab)', 'Mitochondria make ATP (laptop)']);
      expect(notes.some((note) => note.conflict)).toBe(false);
    }

    // The server holds ciphertext only: no note text, no title, in any file.
    const files = readdirSync(server.diskPath(folder));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const bytes = readFileSync(server.diskPath(`${folder}/${file}`), 'latin1');
      expect(bytes).not.toMatch(/Mitochondria|Cells and energy|Delete me/);
    }
    await lecture.close();
  });

  it('keeps every note when the server stops mid-sync, says so plainly, and syncs once it is back', async () => {
    const [note] = await storedNotes(laptop);
    await server.stop();
    try {
      await sendAsPage(laptop, 'note/add', {
        lectureKey: note?.lectureKey,
        time: 9,
        kind: 'note',
        text: 'Written offline',
      });
      const status = await syncSettled(laptop);
      expect(status.lastError).toMatch(/could not reach the server/);
      expect(status.pending).toBeGreaterThan(0);
      await laptop.waitFor(() => /could not reach the server/.test(document.body.textContent ?? ''), null);
      expect(await syncStatusText(laptop)).toMatch(/Sync failed.*not synced yet.*try again in/);
    } finally {
      await server.start();
    }
    expect((await syncSettled(laptop)).lastError).toBeNull();
    await syncSettled(labPc);
    expect(textsOf(await storedNotes(labPc))).toContain('Written offline');
  });

  it('says plainly when the password is wrong or the storage is full, and loses nothing', async () => {
    const account = async (change: Record<string, string>) =>
      laptop.evaluate(async (patch) => {
        type Area = {
          get(key: string): Promise<Record<string, Record<string, unknown>>>;
          set(items: object): Promise<void>;
        };
        type Api = { storage: { local: Area } };
        const scope = globalThis as unknown as { browser?: Api; chrome: Api };
        const local = (scope.browser ?? scope.chrome).storage.local;
        const { syncAccount } = await local.get('syncAccount');
        await local.set({ syncAccount: { ...syncAccount, ...patch } });
      }, change);
    const before = textsOf(await storedNotes(laptop));
    await account({ password: 'not-my-password' });
    expect((await syncSettled(laptop)).lastError).toMatch(/did not accept the user name or app password/);
    await account({ password: WEBDAV_PASSWORD, url: server.url('full'), passphrase: '' });
    expect((await syncSettled(laptop)).lastError).toMatch(/storage on the server is full/);
    expect(textsOf(await storedNotes(laptop))).toEqual(before);
  });

  it('a snapshot note taken on the laptop shows its picture on the lab PC; deleting the note removes it everywhere', async () => {
    const folder = `Snapshots-${e2e.name}-${Date.now().toString(36)}`;
    labBrowser ??= await launchBrowser(e2e.name);
    const account = { url: server.url(), password: WEBDAV_PASSWORD, folder, passphrase: PASSPHRASE };
    laptop = await setUpSync(e2e.browser, account);
    labPc = await setUpSync(labBrowser, account);

    // On the laptop: a note with a snapshot of the slide on screen.
    const page = '/snapshots/lecture.html?case=same';
    const lecture = await e2e.lecture(page, 'lectern.test');
    await lecture.seekTo(20);
    await takeSnapshotNote(lecture, 'Slide: synced snapshot');
    const note = (await storedNotes(laptop)).find((item) => item.text === 'Slide: synced snapshot') as StoredNote;
    expect((await syncSettled(laptop)).lastError).toBeNull();
    // The image went as a file of its own, encrypted: no WebP or JPEG on the server.
    const images = () => readdirSync(server.diskPath(folder)).filter((name) => name.startsWith('p-'));
    expect(images()).toEqual([expect.stringMatching(/^p-[0-9a-f]{32}\.bin$/)]);
    const file = readFileSync(server.diskPath(`${folder}/${images()[0]}`), 'latin1');
    expect(file).not.toMatch(/RIFF|WEBP|\xff\xd8\xff/);

    // On the lab PC: after a sync, the same lecture's overlay shows the thumbnail, not blank.
    expect((await syncSettled(labPc)).lastError).toBeNull();
    const onLab = await openLecture(labBrowser, e2e.url(page, 'lectern.test'));
    try {
      const pixels = await panelThumbnail(await onLab.overlay());
      expect(pixels).toMatchObject({ width: 480 });
      expect(pixels?.max).toBeGreaterThan(40);
      expect(pixels?.spread).toBeGreaterThan(4);
    } finally {
      await onLab.close();
    }

    // The laptop deletes the note: its image leaves the server and the lab PC.
    await sendAsPage(laptop, 'note/delete', { id: note.id });
    expect((await syncSettled(laptop)).lastError).toBeNull();
    expect(images()).toEqual([]);
    expect((await syncSettled(labPc)).lastError).toBeNull();
    expect((await storedRecords<{ noteId: string }>(labPc, 'snapshots')).map((row) => row.noteId)).not.toContain(
      note.id,
    );
    expect((await storedNotes(labPc)).map((item) => item.id)).not.toContain(note.id);
  });
});
