import { couldNot } from './could-not';

/** An announced error: "Lectern could not <what>: <why>" (`error` an Error or its message). */
export function CouldNot({ what, error }: { what: string; error: unknown }) {
  return <p role="alert">{couldNot(what, error)}</p>;
}
