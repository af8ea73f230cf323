import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote } from '@/utils/db/notes';
import { listRecentSessions } from '@/utils/db/sessions';
import { DEFAULT_TIMER_SETTINGS, timerSettings } from '@/utils/settings/items';
import { runTimer } from '@/utils/timer/background/runner';
import { BADGE_COLOURS, PHASE_END_ALARM, TICK_ALARM } from '@/utils/timer/background/surface';
import { timerRunItem, timerStateItem } from '@/utils/timer/storage';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 25, 9, 0);
const at = (time: number) => () => time;
const badge = () => browser.action.getBadgeText({});

describe('the timer runner', () => {
  it('persists a started focus block, shows the minutes on the badge and schedules its end', async () => {
    const { state } = await runTimer({ type: 'start' }, at(T0));
    expect(state).toMatchObject({ status: 'running', phase: 'focus', endsAt: T0 + 25 * MIN });
    expect((await timerStateItem.getValue())?.state).toEqual(state);
    expect(await badge()).toBe('25');
    expect(await browser.action.getBadgeBackgroundColor({})).toEqual([0xc0, 0x39, 0x2b, 255]);
    expect(await browser.alarms.get(PHASE_END_ALARM)).toMatchObject({ scheduledTime: T0 + 25 * MIN });
    expect(await browser.alarms.get(TICK_ALARM)).toMatchObject({ scheduledTime: T0 + MIN });

    await runTimer({ type: 'tick' }, at(T0 + 90_000));
    expect(await badge()).toBe('24');
    await runTimer({ type: 'pause' }, at(T0 + 2 * MIN));
    expect(await badge()).toBe('23');
    expect(await browser.alarms.get(PHASE_END_ALARM)).toBeUndefined();
    await runTimer({ type: 'stop' }, at(T0 + 3 * MIN));
    expect(await badge()).toBe('');
    expect(BADGE_COLOURS.paused).toBe('#6b6b6b');
  });

  it('ends a phase on its alarm, linking the lectures watched and notes taken, and pauses lectures', async () => {
    await timerSettings.setValue({ ...DEFAULT_TIMER_SETTINGS, focusMinutes: 1 });
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tab: number, message: unknown) => {
      sent.push(message);
    }) as never;
    await runTimer({ type: 'start' }, at(T0));
    const seen = { platform: 'generic', site: 'a.edu', url: 'https://a.edu/', duration: 600 };
    await recordLectureSighting({ ...seen, key: 'before', title: 'Before' }, T0 - 1000);
    await recordLectureSighting({ ...seen, key: 'during', title: 'During' }, T0 + 10_000);
    await addNote({ lectureKey: 'during', time: 5, kind: 'note', text: 'a' }, T0 + 20_000);
    await addNote({ lectureKey: 'before', time: 5, kind: 'note', text: 'b' }, T0 + 30_000);

    const { state } = await runTimer({ type: 'tick' }, at(T0 + MIN + 500));
    expect(state).toMatchObject({ status: 'running', phase: 'shortBreak' });
    const [session] = await listRecentSessions(10);
    expect(session).toMatchObject({ phase: 'focus', outcome: 'completed', activeMs: MIN, noteCount: 2 });
    expect(session?.lectureKeys.sort()).toEqual(['before', 'during']);
    expect(sent).toEqual([{ type: 'lecture/pause-playback' }]);
    expect(await browser.notifications.getAll()).toHaveProperty('lectern-timer');
    expect(await browser.action.getBadgeBackgroundColor({})).toEqual([0x2e, 0x7d, 0x32, 255]);
  });

  it('after a browser restart records the open session as interrupted exactly once and continues', async () => {
    await runTimer({ type: 'start' }, at(T0));
    await runTimer({ type: 'tick' }, at(T0 + MIN));
    await runTimer({ type: 'tick' }, at(T0 + 2 * MIN));
    // The browser closes: storage.session is emptied, storage.local and IndexedDB stay.
    await timerRunItem.removeValue();
    const { state } = await runTimer({ type: 'tick' }, at(T0 + 60 * MIN));
    expect(state).toMatchObject({ status: 'running', phase: 'focus', endsAt: T0 + 60 * MIN + 23 * MIN });
    await runTimer({ type: 'tick' }, at(T0 + 61 * MIN));
    const sessions = await listRecentSessions(10);
    expect(sessions).toEqual([
      expect.objectContaining({ outcome: 'interrupted', activeMs: 2 * MIN, endedAt: T0 + 2 * MIN }),
    ]);
    expect(await badge()).toBe('22');
  });

  it('replays a restore whose state write was lost without counting the session twice', async () => {
    await runTimer({ type: 'start' }, at(T0));
    const saved = await timerStateItem.getValue();
    await timerRunItem.removeValue();
    await runTimer({ type: 'tick' }, at(T0 + 10 * MIN));
    // The worker stopped after the session was written but before the state was: replay.
    await timerStateItem.setValue(saved);
    await timerRunItem.removeValue();
    await runTimer({ type: 'tick' }, at(T0 + 11 * MIN));
    expect((await listRecentSessions(10)).map((session) => session.outcome)).toEqual(['interrupted']);
  });

  it('answers timer messages with the timer and statistics, and rejects payloads', async () => {
    const reply = await answerMessage({ type: 'timer/start', payload: {} }, pageSender());
    expect(reply).toMatchObject({ ok: true, data: { state: { status: 'running' }, stats: { streakDays: 0 } } });
    const bad = await answerMessage({ type: 'timer/stop', payload: { force: true } }, pageSender());
    expect(bad.ok).toBe(false);
  });
});
