// @vitest-environment node
/**
 * Snapshots through sync, against the real Apache mod_dav (tests/support/webdav-server.ts), two
 * devices taking turns on one database (./devices.ts): each image a file of its own, uploaded once,
 * downloaded by the device that lacks it, deleted with its note or alone, refused when the file on
 * the server is not a sound image, ciphertext only when encrypted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote, deleteNote, listAllNotes, updateNote } from '@/utils/db/notes';
import { deleteAllSnapshots, getSnapshot, listAllSnapshots, putSnapshot } from '@/utils/db/snapshots';
import { countPendingChanges } from '@/utils/db/sync-state';
import type { Snapshot } from '@/utils/model/snapshots';
import { deriveSyncKey, newSalt } from '@/utils/sync/crypto';
import { encryptedJsonCodec } from '@/utils/sync/encrypted-codec';
import type { BundleCodec, SyncFolder } from '@/utils/sync/remote-folder';
import { runSyncPass } from '@/utils/sync/sync-pass';
import { waitUntil } from '../../../support/wait-until';
import { twoDevices } from './devices';
import { sighting, useSyncServer } from './sync-server';

const { server, folderName: currentFolder, folderAt, accessLog } = useSyncServer('Snapshots');
const folderWith = (codec?: BundleCodec) => folderAt('dav', true, codec);

/** A WebP by its magic numbers (RIFF….WEBP), `size` bytes, its content made from `seed`. */
function webp(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at++) bytes[at] = (at * 31 + seed * 7) % 251;
  bytes.set(new TextEncoder().encode('RIFF'), 0);
  bytes.set(new TextEncoder().encode('WEBP'), 8);
  return bytes;
}

const snapshotOf = (noteId: string, createdAt: number, seed = 1): Snapshot => ({
  noteId,
  mime: 'image/webp',
  width: 640,
  height: 360,
  data: webp(20_000, seed),
  createdAt,
});

const imageFiles = () => readdirSync(server().diskPath(currentFolder())).filter((name) => name.startsWith('p-'));
const diskPath = (name: string) => server().diskPath(`${currentFolder()}${name}`);
const onDisk = (name: string) => readFileSync(diskPath(name));

/** Device A: a lecture, a note with a snapshot, synced. */
async function noteWithSnapshot(folder: SyncFolder = folderWith()) {
  await recordLectureSighting(sighting, 1000);
  const note = await addNote({ lectureKey: sighting.key, time: 5, kind: 'note', text: 'Krebs cycle slide' }, 1001);
  expect(await putSnapshot(snapshotOf(note.id, 1002))).toBe(true);
  await runSyncPass(folder);
  return note;
}

describe('snapshots through sync', () => {
  it('uploads each image once as its own file, and a second device downloads it', async () => {
    const devices = twoDevices();
    const note = await devices.as('A', async () => {
      const note = await noteWithSnapshot();
      const [file] = imageFiles();
      expect(imageFiles()).toEqual([expect.stringMatching(/^p-[0-9a-f]{32}\.webp$/)]);
      expect(new Uint8Array(onDisk(file as string))).toEqual(webp(20_000, 1));
      expect(await countPendingChanges()).toBe(0);

      // The note edited: its bundle is sent again, the image is not.
      const before = accessLog().length;
      await updateNote(note.id, { text: 'Krebs cycle slide, step 3' }, 2000);
      const folder = folderWith();
      const report = await runSyncPass(folder);
      expect(report.synced).toBe(1);
      expect(folder.bytesSent).toBeLessThan(2_000);
      await waitUntil('the pass in the access log', () => accessLog().length, { until: (n) => n > before });
      expect(
        accessLog()
          .slice(before)
          .filter((line) => / \/dav\/[^ ]*\/p-/.test(line)),
      ).toEqual([]);
      return note;
    });
    await devices.as('B', async () => {
      await runSyncPass(folderWith());
      const stored = await getSnapshot(note.id);
      expect(stored).toMatchObject({ noteId: note.id, mime: 'image/webp', width: 640, height: 360, createdAt: 1002 });
      expect(new Uint8Array(stored?.data ?? [])).toEqual(webp(20_000, 1));
      expect(await countPendingChanges()).toBe(0);

      // Held already: the next change to the lecture downloads no image.
      await updateNote(note.id, { text: 'edited on B' }, 3000);
      const before = accessLog().length;
      await runSyncPass(folderWith());
      await waitUntil('the pass in the access log', () => accessLog().length, { until: (n) => n > before });
      expect(
        accessLog()
          .slice(before)
          .filter((line) => line.includes('/p-')),
      ).toEqual([]);
    });
  });

  it('a replaced snapshot is a new file; the old one is removed; the other device takes the new one', async () => {
    const devices = twoDevices();
    const note = await devices.as('A', () => noteWithSnapshot());
    await devices.as('B', () => runSyncPass(folderWith()));
    const [first] = imageFiles();
    await devices.as('A', async () => {
      await putSnapshot(snapshotOf(note.id, 5000, 2));
      await runSyncPass(folderWith());
    });
    expect(imageFiles()).toEqual([expect.not.stringMatching(first as string)]);
    await devices.as('B', async () => {
      await runSyncPass(folderWith());
      expect((await getSnapshot(note.id))?.createdAt).toBe(5000);
      expect(new Uint8Array((await getSnapshot(note.id))?.data ?? [])).toEqual(webp(20_000, 2));
    });
  });

  it('a note deleted on one device takes its snapshot off the server and off the other device', async () => {
    const devices = twoDevices();
    const note = await devices.as('A', () => noteWithSnapshot());
    await devices.as('B', async () => {
      await runSyncPass(folderWith());
      expect(await listAllSnapshots()).toHaveLength(1);
    });
    await devices.as('A', async () => {
      await deleteNote(note.id);
      await runSyncPass(folderWith());
    });
    expect(imageFiles()).toEqual([]);
    await devices.as('B', async () => {
      await runSyncPass(folderWith());
      expect(await listAllNotes()).toEqual([]);
      expect(await listAllSnapshots()).toEqual([]);
    });
  });

  it('snapshots deleted alone ("Delete all snapshots") are deleted everywhere; the notes stay', async () => {
    const devices = twoDevices();
    const note = await devices.as('A', () => noteWithSnapshot());
    await devices.as('B', () => runSyncPass(folderWith()));
    await devices.as('A', async () => {
      await deleteAllSnapshots();
      expect(await countPendingChanges()).toBe(1);
      await runSyncPass(folderWith());
    });
    expect(imageFiles()).toEqual([]);
    await devices.as('B', async () => {
      await runSyncPass(folderWith());
      expect(await listAllSnapshots()).toEqual([]);
      expect((await listAllNotes()).map((kept) => kept.id)).toEqual([note.id]);
      // B's stale copy does not come back on a later pass either.
      await runSyncPass(folderWith());
    });
    await devices.as('A', async () => {
      await runSyncPass(folderWith());
      expect(await listAllSnapshots()).toEqual([]);
    });
  });

  it.each([
    ['not an image', () => new TextEncoder().encode('<html>not a snapshot</html>'), /neither a WebP nor a JPEG/],
    ['larger than the cap', () => webp(200 * 1024, 3), /larger than 150 KB/],
    ['another type than the bundle says', () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), /image\/webp/],
  ])(
    'a snapshot file that is %s is skipped with a clear line, never stored; the note syncs',
    async (_case, bytes, reason) => {
      const devices = twoDevices();
      const note = await devices.as('A', () => noteWithSnapshot());
      const [file] = imageFiles();
      writeFileSync(diskPath(file as string), bytes());
      await devices.as('B', async () => {
        const report = await runSyncPass(folderWith());
        expect(report.skippedSnapshots).toEqual([{ noteId: note.id, reason: expect.stringMatching(reason) }]);
        expect(await listAllSnapshots()).toEqual([]);
        expect((await listAllNotes()).map((kept) => kept.id)).toEqual([note.id]);
        // Refused is not deleted: a change here later does not take the snapshot off the library.
        await updateNote(note.id, { text: 'edited on B' }, 3000);
        await runSyncPass(folderWith());
      });
      await devices.as('A', async () => {
        await runSyncPass(folderWith());
        expect((await listAllNotes())[0]?.text).toBe('edited on B');
        expect(await getSnapshot(note.id)).toBeDefined();
      });
      expect(imageFiles()).toEqual([file]);
    },
  );

  it('encrypted: the file on the server is ciphertext (no WebP or JPEG magic), and decrypts on the other device', async () => {
    const key = await deriveSyncKey('correct horse', newSalt(), 1000);
    const devices = twoDevices();
    const note = await devices.as('A', () => noteWithSnapshot(folderWith(encryptedJsonCodec(key))));
    const [file] = imageFiles();
    expect(file).toMatch(/^p-[0-9a-f]{32}\.bin$/);
    const body = onDisk(file as string);
    expect(body.includes('RIFF')).toBe(false);
    expect(body.includes('WEBP')).toBe(false);
    expect(body.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(body.includes(Buffer.from(webp(20_000, 1).subarray(100, 132)))).toBe(false);
    await devices.as('B', async () => {
      await runSyncPass(folderWith(encryptedJsonCodec(key)));
      expect(new Uint8Array((await getSnapshot(note.id))?.data ?? [])).toEqual(webp(20_000, 1));
    });
  });
});
