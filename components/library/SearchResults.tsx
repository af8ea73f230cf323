import { format } from 'date-fns';
import { useOpenAt } from '@/utils/hooks/use-open-at';
import { useNotesWithSnapshots } from '@/utils/hooks/use-snapshots';
import { lectureHref } from '@/utils/library/route';
import type { SearchHit } from '@/utils/library/search';
import { CaptionQuote } from '../shared/CaptionQuote';
import { KIND_LABELS } from '../shared/labels';
import { ClampedLink } from './FullName';
import { Highlighted } from './Highlighted';
import { OpenAtError } from './OpenAtError';
import { StoredSnapshot } from './StoredSnapshot';
import { TimeButton } from './TimeButton';

/** Search hits, best first: the moment (opens the lecture there), the lecture, the note with matches marked. */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  const { openAt, error, opening, dismiss } = useOpenAt();
  const withSnapshots = useNotesWithSnapshots(hits.map((hit) => hit.note.id));
  return (
    <>
      <OpenAtError error={error} onDismiss={dismiss} />
      <ol class="result-list" aria-label="Search results">
        {hits.map(({ note, lecture, terms }) => (
          <li key={note.id} class={`result-row kind-${note.kind}`}>
            <TimeButton
              time={note.time}
              label={note.text.slice(0, 80)}
              disabled={opening}
              onOpen={(time) => void openAt(note.lectureKey, time)}
            />
            <span class="kind-badge">{KIND_LABELS[note.kind]}</span>
            <ClampedLink
              class="result-lecture"
              href={lectureHref(note.lectureKey)}
              text={lecture?.title || 'Unknown lecture'}
            />
            <span class="muted">{format(note.createdAt, 'd MMM yyyy')}</span>
            <span class="note-text result-text" dir="auto">
              <Highlighted text={note.text} terms={terms} />
            </span>
            <CaptionQuote caption={note.caption}>
              {note.caption ? <Highlighted text={note.caption} terms={terms} /> : null}
            </CaptionQuote>
            {withSnapshots?.has(note.id) ? <StoredSnapshot note={note} /> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
