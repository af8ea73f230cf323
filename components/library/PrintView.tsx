import { format } from 'date-fns';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { groupNotesByLecture, type LibrarySnapshot, selectForExport } from '@/utils/export/snapshot';
import { timestampUrl, webLink } from '@/utils/export/timestamp-url';
import { useLecturesWithNotes } from '@/utils/hooks/use-lectures';
import { useNotesWithSnapshots } from '@/utils/hooks/use-snapshots';
import { routeHref } from '@/utils/library/route';
import type { Lecture } from '@/utils/model/lectures';
import type { Note } from '@/utils/model/notes';
import { formatVideoTime } from '@/utils/model/video-time';
import { shortenName } from '@/utils/video/naming/name-text';
import { CaptionQuote } from '../shared/CaptionQuote';
import { Loaded } from '../shared/Loaded';
import { KIND_LABELS } from '../shared/labels';
import { PrintedSnapshot } from './PrintedSnapshot';
import { ViewHeading } from './ViewHeading';
import './names.css';
import './print.css';

interface PrintedLectureProps {
  lecture: Lecture;
  notes: Note[];
  withSnapshots: ReadonlySet<string> | undefined;
  onSnapshotSettled: (noteId: string) => void;
}

function PrintedLecture({ lecture, notes, withSnapshots, onSnapshotSettled }: PrintedLectureProps) {
  // Only http(s) addresses become links (a backup or an old record cannot make a `javascript:` one).
  const page = webLink(lecture.url);
  return (
    <section class="print-lecture">
      <h2 class="clamp-2" dir="auto">
        {lecture.title || lecture.url}
      </h2>
      <p class="print-meta">
        {page ? <a href={page}>{page}</a> : lecture.url} · {lecture.site} · last watched{' '}
        {format(lecture.lastWatchedAt, 'd MMM yyyy')}
      </p>
      {notes.length === 0 ? (
        <p class="muted">No notes.</p>
      ) : (
        <ol class="print-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <TimeLink lecture={lecture} seconds={note.time} />
              {note.kind === 'note' ? null : <strong> {KIND_LABELS[note.kind]}:</strong>}{' '}
              <span class="print-text" dir="auto">
                {note.text}
              </span>
              {note.kind === 'question' && note.answered ? <em> (answered)</em> : null}
              <CaptionQuote caption={note.caption} />
              {withSnapshots?.has(note.id) ? <PrintedSnapshot note={note} onSettled={onSnapshotSettled} /> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TimeLink({ lecture, seconds }: { lecture: Lecture; seconds: number }) {
  const href = timestampUrl(lecture.url, seconds, lecture.platform);
  const time = formatVideoTime(seconds);
  return href ? (
    <a class="print-time" href={href}>
      {time}
    </a>
  ) : (
    <span class="print-time">{time}</span>
  );
}

/** `#/print` (or `#/print/<lecture key>`): the notes laid out for paper or Save as PDF. */
export function PrintView({ param }: { param: string }) {
  const { value, error } = useLecturesWithNotes(param || undefined);
  return (
    <Loaded value={value} error={error} failed="read your notes" loading="Loading your notes…">
      {(value) => <PrintedLibrary snapshot={value} lectureKey={param} />}
    </Loaded>
  );
}

function PrintedLibrary({ snapshot, lectureKey }: { snapshot: LibrarySnapshot; lectureKey: string }) {
  const library = selectForExport(snapshot, lectureKey ? { kind: 'lecture', lectureKey } : { kind: 'all' });
  const groups = groupNotesByLecture(library.notes);
  const withSnapshots = useNotesWithSnapshots(library.notes.map((note) => note.id));
  const { pending, settle } = useSnapshotsSettled(withSnapshots);
  const [printAsked, setPrintAsked] = useState(false);
  useEffect(() => {
    if (!printAsked || pending !== 0) return;
    setPrintAsked(false);
    window.print();
  }, [printAsked, pending]);
  return (
    <article class="print-view">
      <p class="no-print actions">
        <button type="button" class="primary" onClick={() => setPrintAsked(true)}>
          Print or save as PDF
        </button>
        <a href={routeHref('export')}>Back to export</a>
        <span aria-live="polite" class="muted">
          {pending === 0
            ? 'Ready to print.'
            : printAsked
              ? 'Printing once the snapshots are loaded…'
              : loading(pending)}
        </span>
      </p>
      <ViewHeading>
        {lectureKey && library.lectures[0]
          ? `${shortenName(library.lectures[0].title, 120)} — notes`
          : 'My lecture notes'}
      </ViewHeading>
      <p class="muted">Printed from Lectern on {format(Date.now(), 'd MMM yyyy')}.</p>
      {library.lectures.length === 0 ? <p>There are no lectures to print yet.</p> : null}
      {library.lectures.map((lecture) => (
        <PrintedLecture
          key={lecture.key}
          lecture={lecture}
          notes={groups.get(lecture.key) ?? []}
          withSnapshots={withSnapshots}
          onSnapshotSettled={settle}
        />
      ))}
    </article>
  );
}

const loading = (pending: number | undefined) =>
  pending === undefined ? 'Loading snapshots…' : `Loading ${pending} snapshot${pending === 1 ? '' : 's'}…`;

/**
 * How many of the printed notes' snapshots are not yet decoded (undefined until it is known which
 * notes have one): the page prints, and says it is ready, only at 0.
 */
function useSnapshotsSettled(withSnapshots: ReadonlySet<string> | undefined) {
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const settle = useCallback((noteId: string) => {
    setSettled((before) => (before.has(noteId) ? before : new Set(before).add(noteId)));
  }, []);
  const pending = withSnapshots ? [...withSnapshots].filter((noteId) => !settled.has(noteId)).length : undefined;
  return { pending, settle };
}
