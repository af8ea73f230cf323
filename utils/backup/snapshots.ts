/**
 * A backup's snapshots (the `snapshots` list utils/export/json.ts writes): each one is read on its
 * own, and one that is not an image Lectern could have made (bad fields, not base64, neither WebP
 * nor JPEG by its magic numbers or not the type it claims, over SNAPSHOT_MAX_BYTES, a second one for
 * the same note) is skipped and counted, never the whole file refused. Pure.
 */
import * as v from 'valibot';
import { NoteSchema } from '../model/notes';
import { SNAPSHOT_MAX_BYTES, SNAPSHOT_MAX_WIDTH, type Snapshot } from '../model/snapshots';
import { snapshotFromWire } from '../snapshots/wire';

const pixels = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max));

/** A snapshot's record in the file; `stamp` is the backup's rule for a time (utils/backup/file.ts). */
function snapshotRecordSchema(stamp: v.GenericSchema<number>) {
  return v.object({
    noteId: NoteSchema.entries.id,
    mime: v.picklist(['image/webp', 'image/jpeg']),
    width: pixels(SNAPSHOT_MAX_WIDTH),
    // As tall as a portrait video at the widest size (the encoder keeps the frame's proportions).
    height: pixels(SNAPSHOT_MAX_WIDTH * 4),
    createdAt: stamp,
    base64: v.pipe(v.string(), v.maxLength(Math.ceil(SNAPSHOT_MAX_BYTES / 3) * 4 + 4)),
  });
}

export interface BackupSnapshots {
  /** The images that passed every check, their bytes decoded. */
  snapshots: Snapshot[];
  /** How many were skipped because they could not be read. */
  unreadable: number;
}

/** The snapshot a record holds, or null when it is not one Lectern could have made. */
function readRecord(record: unknown, schema: ReturnType<typeof snapshotRecordSchema>): Snapshot | null {
  const parsed = v.safeParse(schema, record);
  if (!parsed.success) return null;
  const { noteId, mime, width, height, createdAt, base64 } = parsed.output;
  const snapshot = snapshotFromWire(noteId, { width, height, base64 }, createdAt);
  return typeof snapshot === 'string' || snapshot.mime !== mime ? null : snapshot;
}

/** Reads every record of a backup's `snapshots`; keeps the good ones, counts the rest. */
export function readBackupSnapshots(records: unknown[], stamp: v.GenericSchema<number>): BackupSnapshots {
  const schema = snapshotRecordSchema(stamp);
  const byNote = new Map<string, Snapshot>();
  let unreadable = 0;
  for (const record of records) {
    const snapshot = readRecord(record, schema);
    if (snapshot && !byNote.has(snapshot.noteId)) byNote.set(snapshot.noteId, snapshot);
    else unreadable++;
  }
  return { snapshots: [...byNote.values()], unreadable };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What the student reads about snapshots an import leaves out, or null when none. */
export function skippedSnapshotsText(skipped: { unreadable: number; withoutNote: number }): string | null {
  const parts = [
    skipped.unreadable > 0
      ? `${plural(skipped.unreadable, 'snapshot', 'snapshots')} could not be read and ${skipped.unreadable === 1 ? 'was' : 'were'} skipped`
      : null,
    skipped.withoutNote > 0
      ? `${plural(skipped.withoutNote, 'snapshot belongs', 'snapshots belong')} to no note in this backup or your library and ${skipped.withoutNote === 1 ? 'was' : 'were'} skipped`
      : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? `${parts.join('; ')}.` : null;
}
