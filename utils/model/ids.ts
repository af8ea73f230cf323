/** A new random id for notes and sessions (UUID v4 from the platform). */
export function newId(): string {
  return crypto.randomUUID();
}
