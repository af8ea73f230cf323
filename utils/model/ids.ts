/** A new random id (UUID v4 from the platform): notes, timer runs. Checked by `NoteIdSchema` (./fields.ts). */
export function newId(): string {
  return crypto.randomUUID();
}
