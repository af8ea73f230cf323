/** The error text every surface shows: "Lectern could not <what>: <why>". */
export function couldNot(what: string, failure: unknown): string {
  return `Lectern could not ${what}: ${failure instanceof Error ? failure.message : String(failure)}`;
}
