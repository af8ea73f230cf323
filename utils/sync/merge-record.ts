/**
 * One record (a note, the lecture, a snapshot) across the base (what both sides last agreed), this
 * device and the server, with the server's tombstone if any (pure). A record the base had and a
 * side lacks was deleted there; a delete wins over an untouched copy, an edit wins over a delete.
 */
export type Outcome<T> = { keep: T } | { deletedAt: number } | null;

export function mergeRecord<T extends { updatedAt: number }>(
  base: T | undefined,
  local: T | undefined,
  remote: T | undefined,
  tombstone: number | undefined,
  now: number,
  mergeBoth: (local: T, remote: T) => T,
): Outcome<T> {
  if (local && remote) return { keep: mergeBoth(local, remote) };
  if (local) {
    if (tombstone === undefined) return { keep: local };
    const editedHere = base ? local.updatedAt !== base.updatedAt : local.updatedAt > tombstone;
    return editedHere ? { keep: local } : { deletedAt: tombstone };
  }
  if (remote) {
    if (!base) return { keep: remote };
    return remote.updatedAt !== base.updatedAt ? { keep: remote } : { deletedAt: now };
  }
  if (tombstone !== undefined) return { deletedAt: tombstone };
  return base ? { deletedAt: now } : null;
}
