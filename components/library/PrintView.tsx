import { format } from 'date-fns';
import { groupNotesByLecture, type LibrarySnapshot, selectForExport } from '@/utils/export/snapshot';
import { timestampUrl, webLink } from '@/utils/export/timestamp-url';
import { useLecturesWithNotes } from '@/utils/hooks/use-lectures';
import { routeHref } from '@/utils/library/route';
import type { Lecture } from '@/utils/model/lectures';
import type { Note } from '@/utils/model/notes';
import { formatVideoTime } from '@/utils/model/video-time';
import { shortenName } from '@/utils/video/naming/name-text';
import { CaptionQuote } from '../shared/CaptionQuote';
import { Loaded } from '../shared/Loaded';
import { KIND_LABELS } from '../shared/labels';
import { ViewHeading } from './ViewHeading';
import './names.css';
import './print.css';

function PrintedLecture({ lecture, notes }: { lecture: Lecture; notes: Note[] }) {
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
  return (
    <article class="print-view">
      <p class="no-print actions">
        <button type="button" class="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <a href={routeHref('export')}>Back to export</a>
      </p>
      <ViewHeading>
        {lectureKey && library.lectures[0]
          ? `${shortenName(library.lectures[0].title, 120)} — notes`
          : 'My lecture notes'}
      </ViewHeading>
      <p class="muted">Printed from Lectern on {format(Date.now(), 'd MMM yyyy')}.</p>
      {library.lectures.length === 0 ? <p>There are no lectures to print yet.</p> : null}
      {library.lectures.map((lecture) => (
        <PrintedLecture key={lecture.key} lecture={lecture} notes={groups.get(lecture.key) ?? []} />
      ))}
    </article>
  );
}
