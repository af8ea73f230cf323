/** The timer's effects that reach outside it: session records, notifications, pausing lectures. */
import { browser } from 'wxt/browser';
import { listLecturesWatchedBetween } from '../../db/lectures';
import { listNotesCreatedBetween } from '../../db/notes';
import { recordSession } from '../../db/sessions';
import type { SessionPhase } from '../../model/sessions';
import type { ContentMessage } from '../../protocol/content';
import type { RecordedSession, TimerEffect } from '../machine';
import { PHASE_NAMES } from './surface';

/** Records a session with the lectures watched and the notes taken during it. */
export async function recordTimerSession(session: RecordedSession): Promise<void> {
  const [lectures, notes] = await Promise.all([
    listLecturesWatchedBetween(session.startedAt, session.endedAt),
    listNotesCreatedBetween(session.startedAt, session.endedAt),
  ]);
  const lectureKeys = [
    ...new Set([...lectures.map((lecture) => lecture.key), ...notes.map((note) => note.lectureKey)]),
  ];
  await recordSession({ ...session, lectureKeys, noteCount: notes.length });
}

export function phaseEndMessage(ended: SessionPhase, next: SessionPhase, nextStarted: boolean) {
  if (ended === 'focus') {
    return {
      title: 'Focus block done',
      message: `${PHASE_NAMES[next]} started. Step away from the screen; Lectern tells you when it ends.`,
    };
  }
  return {
    title: `${PHASE_NAMES[ended]} over`,
    message: nextStarted
      ? 'Your next focus block started.'
      : 'Start your next focus block from the Lectern button (or Alt+Shift+F).',
  };
}

export async function performTimerEffect(effect: Exclude<TimerEffect, { type: 'record-session' }>) {
  if (effect.type === 'notify-phase-end') {
    const { title, message } = phaseEndMessage(effect.ended, effect.next, effect.nextStarted);
    await browser.notifications.create('lectern-timer', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
    return;
  }
  await pauseLectureVideos();
}

/** Asks every tab's lecture detector to pause its lecture; tabs without Lectern just don't answer. */
export async function pauseLectureVideos() {
  const message: ContentMessage = { type: 'lecture/pause-playback' };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}
