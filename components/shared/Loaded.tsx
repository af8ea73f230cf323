import type { ComponentChildren } from 'preact';
import { CouldNot } from './CouldNot';

interface LoadedProps<T> {
  value: T | undefined;
  error?: unknown;
  /** What Lectern could not do if reading failed: "read your library". */
  failed: string;
  /** What shows while it loads: "Loading your lectures…". */
  loading: string;
  children(value: T): ComponentChildren;
}

/** What a read shows in its three states: why it failed (announced), busy, or its value. */
export function Loaded<T>({ value, error, failed, loading, children }: LoadedProps<T>) {
  if (error) return <CouldNot what={failed} error={error} />;
  if (value === undefined) return <p aria-busy="true">{loading}</p>;
  return <>{children(value)}</>;
}
