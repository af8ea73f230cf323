/**
 * Change tracking for sync (schema version 6): every write or delete of a lecture, note, snapshot,
 * focus session or course name, whichever repository makes it and in whichever context, marks its sync item dirty
 * (`syncDirty`, a new token per change) in the same transaction. A Dexie middleware, so no
 * repository has to remember it. utils/sync/ reads the marks to know what to upload, and clears a
 * mark only if its token is still the one it read (a change made meanwhile stays pending).
 * A `clear()` (the wipe) marks nothing: it deletes this device's copy, not the student's library.
 * A snapshot belongs to its note's lecture: its mark is found through the note (read in the same
 * transaction, which is widened to the notes for it); a snapshot deleted with its note marks
 * nothing more (the note's delete has marked the lecture).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { newId } from '../model/ids';
import type { Lecture } from '../model/lectures';
import type { Note } from '../model/notes';
import type { FocusSession } from '../model/sessions';
import type { Snapshot } from '../model/snapshots';
import { COURSES_ITEM, lectureItem, sessionsItem, sessionsMonth } from '../model/sync';

export const DIRTY_TABLE = 'syncDirty';

const itemOf: Record<string, (record: never) => string> = {
  lectures: (lecture: Lecture) => lectureItem(lecture.key),
  notes: (note: Note) => lectureItem(note.lectureKey),
  sessions: (session: FocusSession) => sessionsItem(sessionsMonth(session.startedAt)),
  courseNames: () => COURSES_ITEM,
};
const SNAPSHOTS_TABLE = 'snapshots';
const isTracked = (table: string) => table in itemOf || table === SNAPSHOTS_TABLE;

/** The IndexedDB transaction under a DBCore one: does it cover the dirty table (not an upgrade from before v6)? */
function coversDirtyTable(trans: unknown): boolean {
  const stores = (trans as { objectStoreNames?: DOMStringList }).objectStoreNames;
  return stores?.contains(DIRTY_TABLE) ?? false;
}

/**
 * The items a write touches: from the records written, or (a delete) from the records as they are
 * before it. No async/await here: Dexie's layers above keep their transaction in a zone that only
 * its own promises (`.then` on what DBCore returns) carry along.
 */
function itemsTouched(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest): Set<string> | Promise<Set<string>> {
  if (table.name === SNAPSHOTS_TABLE) return snapshotItems(down, req);
  const item = itemOf[table.name] as (record: unknown) => string;
  if (req.type === 'add' || req.type === 'put') return new Set(req.values.map(item));
  if (req.type !== 'delete') return new Set();
  return table
    .getMany({ trans: req.trans, keys: req.keys })
    .then((gone) => new Set(gone.filter((value) => value !== undefined).map(item)));
}

/** The lectures of the notes whose snapshots a write touches (their notes as they are now). */
function snapshotItems(down: DBCore, req: DBCoreMutateRequest): Set<string> | Promise<Set<string>> {
  const noteIds =
    req.type === 'add' || req.type === 'put'
      ? req.values.map((snapshot) => (snapshot as Snapshot).noteId)
      : req.type === 'delete'
        ? req.keys
        : [];
  if (noteIds.length === 0) return new Set();
  return down
    .table('notes')
    .getMany({ trans: req.trans, keys: noteIds })
    .then(
      (notes) =>
        new Set(notes.filter((note) => note !== undefined).map((note) => lectureItem((note as Note).lectureKey))),
    );
}

function trackedTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  const mark = (req: DBCoreMutateRequest, items: Set<string>) => {
    if (items.size === 0) return table.mutate(req);
    const values = [...items].map((item) => ({ item, token: newId() }));
    return down
      .table(DIRTY_TABLE)
      .mutate({ type: 'put', trans: req.trans, values })
      .then(() => table.mutate(req));
  };
  return {
    ...table,
    mutate(req) {
      if (req.type === 'deleteRange' || !coversDirtyTable(req.trans)) return table.mutate(req);
      const items = itemsTouched(down, table, req);
      return items instanceof Set ? mark(req, items) : items.then((found) => mark(req, found));
    },
  };
}

export const syncTracking: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sync-tracking',
  // Under Dexie's hooks (level 2), which need a Dexie transaction for every table they see, and
  // over its observability (level 0), so live queries of the marks (pending changes) update.
  level: 1.5,
  create: (down) => ({
    ...down,
    // A write to a tracked table also writes its mark: widen the transaction to the dirty table
    // (and, for snapshots, to the notes their marks are found through).
    transaction(stores, mode, options) {
      const hasDirty = down.schema.tables.some((table) => table.name === DIRTY_TABLE);
      if (mode !== 'readwrite' || !hasDirty || !stores.some(isTracked)) return down.transaction(stores, mode, options);
      const needed = [DIRTY_TABLE, ...(stores.includes(SNAPSHOTS_TABLE) ? ['notes'] : [])];
      const widened = [...stores, ...needed.filter((store) => !stores.includes(store))];
      return down.transaction(widened, mode, options);
    },
    table: (name) => (isTracked(name) ? trackedTable(down, down.table(name)) : down.table(name)),
  }),
};
