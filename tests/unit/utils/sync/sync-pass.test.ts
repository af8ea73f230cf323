// @vitest-environment node
/**
 * The sync engine against a real WebDAV server (Debian's Apache with mod_dav,
 * tests/support/webdav-server.ts), two devices taking turns on one database (./devices.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { listCourseNames, renameCourse } from '@/utils/db/course-names';
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote, deleteNote, listAllNotes, updateNote } from '@/utils/db/notes';
import { countPendingChanges } from '@/utils/db/sync-state';
import { DEFAULT_TIMER_SETTINGS, themeSetting, timerSettings } from '@/utils/settings/items';
import { watchSyncedSettings } from '@/utils/sync/settings-sync';
import { runSyncPass } from '@/utils/sync/sync-pass';
import { isWebDavError } from '@/utils/sync/webdav-errors';
import { waitUntil } from '../../../support/wait-until';
import type { WebDavServer } from '../../../support/webdav-server';
import { twoDevices } from './devices';
import { sighting, useSyncServer } from './sync-server';

const { server: serverNow, folderName: currentFolder, folderAt, accessLog } = useSyncServer('Lectern');
let server: WebDavServer;
let folderName = '';
beforeEach(() => {
  server = serverNow();
  folderName = currentFolder();
});

const texts = async () => (await listAllNotes()).map((note) => note.text).sort();

describe('runSyncPass', () => {
  it('carries notes from one device to another, then sends only what changed', async () => {
    const devices = twoDevices();
    const folder = folderAt();
    await devices.as('A', async () => {
      await recordLectureSighting(sighting, 1000);
      await addNote({ lectureKey: sighting.key, time: 5, kind: 'note', text: 'mitochondria secret' }, 1001);
      const first = await runSyncPass(folder);
      expect(first.synced).toBe(3); // the lecture, the settings, the course names
      expect(await countPendingChanges()).toBe(0);
      // File names are ids only.
      const names = readdirSync(server.diskPath(folderName));
      expect(names).toHaveLength(4);
      expect(names).toEqual(
        expect.arrayContaining([
          'library.json',
          expect.stringMatching(/^l-[0-9a-f]{32}\.json$/),
          expect.stringMatching(/^c-/),
          expect.stringMatching(/^n-/),
        ]),
      );
      const requestsBefore = accessLog().length;
      const again = await runSyncPass(folder);
      expect(again).toMatchObject({ files: 0, bytesSent: 0 });
      // Nothing changed: one request, the listing (Apache logs a request once it has answered it).
      await waitUntil('the listing in the access log', () => accessLog().length > requestsBefore);
      expect(accessLog().slice(requestsBefore)).toEqual([expect.stringMatching(/^PROPFIND .* 207$/)]);
    });
    await devices.as('B', async () => {
      await runSyncPass(folderAt());
      expect(await texts()).toEqual(['mitochondria secret']);
      expect(await countPendingChanges()).toBe(0);
    });
  });

  it('syncs the student’s settings (newer change wins), not the device’s (theme), and course names', async () => {
    const devices = twoDevices();
    await devices.as('A', async () => {
      const unwatch = watchSyncedSettings(() => 5000);
      await timerSettings.setValue({ ...DEFAULT_TIMER_SETTINGS, focusMinutes: 50 });
      await themeSetting.setValue('dark');
      await expect.poll(countPendingChanges).toBe(1);
      unwatch();
      await renameCourse('canvas:x/1', 'Physics I', 4000);
      await runSyncPass(folderAt());
    });
    await devices.as('B', async () => {
      await runSyncPass(folderAt());
      expect((await timerSettings.getValue()).focusMinutes).toBe(50);
      expect(await themeSetting.getValue()).toBe('system');
      expect(await listCourseNames()).toEqual([{ id: 'canvas:x/1', title: 'Physics I', updatedAt: 4000 }]);
    });
  });

  it('edit on both devices: both texts kept, the other as a conflict copy; deletes are not undone', async () => {
    const devices = twoDevices();
    const note = await devices.as('A', async () => {
      await recordLectureSighting(sighting, 1000);
      const added = await addNote({ lectureKey: sighting.key, time: 5, kind: 'note', text: 'first' }, 1001);
      await addNote({ lectureKey: sighting.key, time: 9, kind: 'note', text: 'to delete' }, 1002);
      await runSyncPass(folderAt());
      return added;
    });
    await devices.as('B', async () => {
      await runSyncPass(folderAt());
      await updateNote(note.id, { text: 'edited on B' }, 2000);
      await runSyncPass(folderAt());
    });
    await devices.as('A', async () => {
      await updateNote(note.id, { text: 'edited on A' }, 3000);
      const doomed = (await listAllNotes()).find((item) => item.text === 'to delete');
      await deleteNote(doomed?.id as string);
      await runSyncPass(folderAt());
      const [merged] = await listAllNotes();
      expect(merged).toMatchObject({ text: 'edited on A', conflict: { text: 'edited on B' } });
    });
    await devices.as('B', async () => {
      await runSyncPass(folderAt());
      expect(await listAllNotes()).toEqual([
        expect.objectContaining({ text: 'edited on A', conflict: expect.objectContaining({ text: 'edited on B' }) }),
      ]);
    });
  });

  it('two devices writing one file at once: the later write is refused (412), re-reads, merges; nothing is lost', async () => {
    const devices = twoDevices();
    await devices.as('A', async () => {
      await recordLectureSighting(sighting, 1000);
      await addNote({ lectureKey: sighting.key, time: 5, kind: 'note', text: 'first' }, 1001);
      await runSyncPass(folderAt());
    });
    // B edits and is about to write; A's write lands first, between B's read and B's write.
    await devices.as('B', async () => {
      await runSyncPass(folderAt());
      await addNote({ lectureKey: sighting.key, time: 6, kind: 'note', text: 'from B' }, 2000);
    });
    const fromA = await devices.as('A', async () => {
      await addNote({ lectureKey: sighting.key, time: 7, kind: 'note', text: 'from A' }, 2001);
      return (await listAllNotes()).map((note) => note.id);
    });
    await devices.as('B', async () => {
      const folder = folderAt();
      const put = folder.client.put;
      let raced = false;
      folder.client.put = async (path, body, condition) => {
        if (!raced && path.includes('/l-')) {
          raced = true;
          // Device A's pass, run to its end with A's records, while B waits to write.
          await devices.as('A', () => runSyncPass(folderAt()));
          await devices.as('B', async () => undefined);
        }
        return put(path, body, condition);
      };
      await runSyncPass(folder);
      expect(raced).toBe(true);
      expect(await texts()).toEqual(['first', 'from A', 'from B']);
    });
    await devices.as('A', async () => {
      await runSyncPass(folderAt());
      expect(await texts()).toEqual(['first', 'from A', 'from B']);
      expect((await listAllNotes()).map((note) => note.id)).toEqual(expect.arrayContaining(fromA));
    });
  });

  it('a server that stops mid-sync (after one file of three) loses nothing, and the next pass finishes', async () => {
    const devices = twoDevices();
    await devices.as('A', async () => {
      for (const key of ['youtube:a', 'youtube:b', 'youtube:c']) {
        await recordLectureSighting({ ...sighting, key }, 1000);
        await addNote({ lectureKey: key, time: 5, kind: 'note', text: `kept ${key}` }, 1001);
      }
      const folder = folderAt();
      const put = folder.client.put;
      // The first lecture file is written, then the server stops before any other reaches it.
      let lectureWrites = 0;
      let serverGone: (() => void) | undefined;
      const stopped = new Promise<void>((resolve) => {
        serverGone = resolve;
      });
      folder.client.put = async (path, body, condition) => {
        if (!path.includes('/l-')) return put(path, body, condition);
        if (++lectureWrites > 1) await stopped;
        const written = await put(path, body, condition);
        await server.stop();
        serverGone?.();
        return written;
      };
      try {
        const failure = await runSyncPass(folder).catch((error: unknown) => error);
        expect(failure).toMatchObject({ name: 'WebDavError', kind: 'unreachable' });
        expect(lectureWrites).toBe(3);
      } finally {
        await server.start();
      }
      expect(await texts()).toEqual(['kept youtube:a', 'kept youtube:b', 'kept youtube:c']);
      expect(await countPendingChanges()).toBe(2);
      await runSyncPass(folderAt());
      expect(await countPendingChanges()).toBe(0);
    });
    await devices.as('B', async () => {
      await runSyncPass(folderAt());
      expect(await texts()).toEqual(['kept youtube:a', 'kept youtube:b', 'kept youtube:c']);
    });
  }, 60_000);

  it('a full disk (507) is an error to show, and nothing here changes', async () => {
    await recordLectureSighting(sighting, 1000);
    await addNote({ lectureKey: sighting.key, time: 5, kind: 'note', text: 'kept' }, 1001);
    const failure = await runSyncPass(folderAt('full')).catch((error: unknown) => error);
    expect(isWebDavError(failure, 'insufficient-storage')).toBe(true);
    expect(await texts()).toEqual(['kept']);
    expect(await countPendingChanges()).toBe(1);
  });

  it('on a server that ignores If-Match, a write another device made in between is merged, not lost', async () => {
    const devices = twoDevices();
    await devices.as('A', async () => {
      await recordLectureSighting(sighting, 1000);
      await addNote({ lectureKey: sighting.key, time: 5, kind: 'note', text: 'from A' }, 1001);
      await runSyncPass(folderAt('ignoring', false));
    });
    await devices.as('B', async () => {
      await runSyncPass(folderAt('ignoring', false));
      await addNote({ lectureKey: sighting.key, time: 6, kind: 'note', text: 'from B' }, 2000);
      await runSyncPass(folderAt('ignoring', false));
    });
    await devices.as('A', async () => {
      await addNote({ lectureKey: sighting.key, time: 7, kind: 'note', text: 'also from A' }, 3000);
      await runSyncPass(folderAt('ignoring', false));
      expect(await texts()).toEqual(['also from A', 'from A', 'from B']);
    });
    const [file] = readdirSync(server.diskPath(folderName)).filter((name) => name.startsWith('l-'));
    const onDisk = readFileSync(server.diskPath(`${folderName}${file}`), 'utf8');
    expect(
      Object.values(JSON.parse(onDisk).notes)
        .map((n) => (n as { text: string }).text)
        .sort(),
    ).toEqual(['also from A', 'from A', 'from B']);
  });
});
