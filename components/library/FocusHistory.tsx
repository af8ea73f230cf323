import { format, subDays } from 'date-fns';
import { listLecturesByRecent } from '@/utils/db/lectures';
import { listSessionsSince } from '@/utils/db/sessions';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { lectureHref } from '@/utils/library/route';
import type { Lecture } from '@/utils/model/lectures';
import type { FocusSession } from '@/utils/model/sessions';
import { formatFocusTotal } from '@/utils/timer/format';
import { historyByDay, historyByLecture } from '@/utils/timer/history';
import { shortenName } from '@/utils/video/naming/name-text';
import { CouldNot } from '../shared/CouldNot';
import { PHASE_LABELS } from '../shared/TimerRing';
import { ClampedLink } from './FullName';
import { SpeedSaved } from './SpeedSaved';
import { ViewHeading } from './ViewHeading';
import './focus-history.css';

/** How far back the history goes. */
const HISTORY_DAYS = 90;
const RECENT_SESSIONS = 20;

const OUTCOMES: Record<FocusSession['outcome'], string> = {
  completed: 'completed',
  skipped: 'skipped',
  stopped: 'stopped',
  interrupted: 'interrupted (the browser closed)',
};

/** The library's focus history: per day, per lecture, and the latest sessions. */
export function FocusHistory() {
  const sessions = useLiveQuery(() => listSessionsSince(subDays(Date.now(), HISTORY_DAYS).getTime()));
  const lectures = useLiveQuery(listLecturesByRecent);
  const error = sessions.error ?? lectures.error;
  return (
    <section class="focus-history" aria-busy={sessions.value === undefined}>
      <ViewHeading>Focus history</ViewHeading>
      {lectures.value ? <SpeedSaved lectures={lectures.value} now={Date.now()} /> : null}
      {error ? (
        <CouldNot what="read your focus history" error={error} />
      ) : sessions.value === undefined || lectures.value === undefined ? (
        <p>Loading your focus history…</p>
      ) : sessions.value.length === 0 ? (
        <p>No focus sessions yet. Start a focus block from the Lectern button in the toolbar (or Alt+Shift+F).</p>
      ) : (
        <HistoryTables sessions={sessions.value} lectures={lectures.value} />
      )}
    </section>
  );
}

function HistoryTables({ sessions, lectures }: { sessions: FocusSession[]; lectures: Lecture[] }) {
  const titles = new Map(lectures.map((lecture) => [lecture.key, lecture.title || lecture.site]));
  const byLecture = historyByLecture(sessions);
  const recent = [...sessions].sort((a, b) => b.startedAt - a.startedAt).slice(0, RECENT_SESSIONS);
  return (
    <>
      <table class="history-table">
        <caption>Per day (last {HISTORY_DAYS} days)</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Focus</th>
            <th scope="col">Focus blocks</th>
            <th scope="col">Breaks</th>
          </tr>
        </thead>
        <tbody>
          {historyByDay(sessions).map((day) => (
            <tr key={day.day}>
              <th scope="row">{format(day.day, 'EEE d MMM yyyy')}</th>
              <td>{formatFocusTotal(day.focusMs)}</td>
              <td>{day.focusBlocks}</td>
              <td>{formatFocusTotal(day.breakMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="history-table">
        <caption>Per lecture</caption>
        <thead>
          <tr>
            <th scope="col">Lecture</th>
            <th scope="col">Focus</th>
            <th scope="col">Focus blocks</th>
            <th scope="col">Notes taken</th>
          </tr>
        </thead>
        <tbody>
          {byLecture.length === 0 ? (
            <tr>
              <td colSpan={4}>No lecture watched during a focus block yet.</td>
            </tr>
          ) : (
            byLecture.map((entry) => (
              <tr key={entry.lectureKey}>
                <th scope="row">
                  <ClampedLink
                    href={lectureHref(entry.lectureKey)}
                    text={titles.get(entry.lectureKey) ?? entry.lectureKey}
                  />
                </th>
                <td>{formatFocusTotal(entry.focusMs)}</td>
                <td>{entry.focusBlocks}</td>
                <td>{entry.notes}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <h2>Latest sessions</h2>
      <ol class="session-list">
        {recent.map((session) => (
          <li key={session.id} class="session-row" data-outcome={session.outcome}>
            <span>{format(session.startedAt, 'EEE d MMM, HH:mm')}</span> <strong>{PHASE_LABELS[session.phase]}</strong>{' '}
            <span>{formatFocusTotal(session.activeMs)}</span> <span class="muted">{OUTCOMES[session.outcome]}</span>
            {session.lectureKeys.length > 0 ? (
              <span class="muted">
                {' '}
                ·{' '}
                <span dir="auto">
                  {session.lectureKeys.map((key) => shortenName(titles.get(key) ?? key, 60)).join(', ')}
                </span>
                {session.noteCount > 0 ? ` · ${session.noteCount} notes` : ''}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
