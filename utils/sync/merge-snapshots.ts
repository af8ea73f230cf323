/**
 * How the snapshots a lecture bundle lists merge (pure): per note, three ways like the notes
 * (./merge-bundle.ts `mergeRecord`), a snapshot's version being its `createdAt`. A snapshot the
 * base had and one side no longer has was deleted there: a tombstone (`deletedSnapshots`) carries
 * the delete to every device, and a stale device never brings the image back; a snapshot taken
 * after the delete (a newer `createdAt`) wins over it. Both sides holding one: the newer wins
 * (a replaced snapshot). A note that is gone takes its snapshot with it: its own tombstone says so.
 */
import type { Note } from '../model/notes';
import type { LectureBundle, SnapshotMeta } from '../model/sync';
import { mergeRecord } from './merge-record';

export interface SnapshotMerge {
  /** Note id → the snapshot both sides should hold. */
  snapshots: Record<string, SnapshotMeta>;
  /** Note id → when its snapshot was deleted (the note stays). */
  deletedSnapshots: Record<string, number>;
}

type Stamped = SnapshotMeta & { updatedAt: number };
const stamped = (meta: SnapshotMeta | undefined): Stamped | undefined => meta && { ...meta, updatedAt: meta.createdAt };

/** The newer snapshot; the same `createdAt` is the same snapshot (the larger on a tie, so both sides pick one). */
const newerSnapshot = (a: Stamped, b: Stamped) =>
  a.createdAt !== b.createdAt ? (a.createdAt > b.createdAt ? a : b) : a.size >= b.size ? a : b;

const withoutStamp = ({ updatedAt: _at, ...meta }: Stamped): SnapshotMeta => meta;

export function mergeSnapshotMetas(
  base: LectureBundle | undefined,
  local: Record<string, SnapshotMeta>,
  remote: LectureBundle | undefined,
  notes: Record<string, Note>,
  now: number,
): SnapshotMerge {
  const ids = new Set([
    ...Object.keys(base?.snapshots ?? {}),
    ...Object.keys(local),
    ...Object.keys(remote?.snapshots ?? {}),
    ...Object.keys(remote?.deletedSnapshots ?? {}),
    ...Object.keys(base?.deletedSnapshots ?? {}),
  ]);
  const merged: SnapshotMerge = { snapshots: {}, deletedSnapshots: {} };
  for (const id of ids) {
    if (!notes[id]) continue;
    const outcome = mergeRecord(
      stamped(base?.snapshots?.[id]),
      stamped(local[id]),
      stamped(remote?.snapshots?.[id]),
      remote?.deletedSnapshots?.[id] ?? base?.deletedSnapshots?.[id],
      now,
      newerSnapshot,
    );
    if (outcome && 'keep' in outcome) merged.snapshots[id] = withoutStamp(outcome.keep);
    else if (outcome) merged.deletedSnapshots[id] = outcome.deletedAt;
  }
  return merged;
}
