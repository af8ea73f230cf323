/**
 * Two devices in one test process: the database and extension storage of the device in use are put
 * aside and the other's put back (every table, sync state included), so the sync engine runs
 * against each device's own records, as it would in two browsers.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/utils/db/database';

const TABLES = ['lectures', 'notes', 'snapshots', 'sessions', 'drafts', 'syncBase', 'syncDirty'] as const;

interface DeviceState {
  tables: Record<string, unknown[]>;
  storage: Record<string, unknown>;
}

const empty = (): DeviceState => ({ tables: {}, storage: {} });

export function twoDevices() {
  const saved = new Map<string, DeviceState>();
  let current = 'A';
  async function save(): Promise<DeviceState> {
    const tables: Record<string, unknown[]> = {};
    for (const name of TABLES) tables[name] = await db.table(name).toArray();
    return { tables, storage: await fakeBrowser.storage.local.get() };
  }
  async function load(state: DeviceState) {
    await db.transaction('rw', [...TABLES], async () => {
      for (const name of TABLES) await db.table(name).clear();
      // Records first (they mark their items), then the device's own marks over them.
      for (const name of TABLES) if (name !== 'syncDirty') await db.table(name).bulkAdd(state.tables[name] ?? []);
      await db.syncDirty.clear();
      await db.syncDirty.bulkAdd((state.tables.syncDirty ?? []) as never[]);
    });
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(state.storage);
  }
  return {
    /** Runs `work` as device `name` (A at first). */
    async as<T>(name: string, work: () => Promise<T>): Promise<T> {
      if (name !== current) {
        saved.set(current, await save());
        await load(saved.get(name) ?? empty());
        current = name;
      }
      return work();
    },
  };
}
