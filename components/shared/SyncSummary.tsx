import type { ComponentChildren } from 'preact';
import type { SyncWords } from '@/utils/sync/status-words';

/** How sync stands, in words (the popup's line, the options page): the headline, what is pending, the problem. */
export function SyncSummary({ words, children }: { words: SyncWords; children?: ComponentChildren }) {
  return (
    <>
      <p>
        <strong>{words.headline}</strong>
        {words.pending ? ` · ${words.pending}` : ''} {children}
      </p>
      {words.problem ? (
        <p role="alert" class="sync-problem">
          {words.problem}
        </p>
      ) : null}
    </>
  );
}
