/** "Delete all my Lectern data": one operation, and nothing of Lectern's left after it. */
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { finishInterruptedWipe, WIPE_MARKER, wipeEverything } from '@/utils/backup/wipe';
import { db } from '@/utils/db/database';
import { readLibrary } from '@/utils/db/library';
import { DEFAULT_TIMER_SETTINGS, themeSetting, timerSettings } from '@/utils/settings/items';
import { REMINDER_NOTIFICATION } from '@/utils/timer/background/reminders';
import { runTimer } from '@/utils/timer/background/runner';
import { sampleLibrary } from '../export/sample-library';
import { seededSnapshot } from './sample-snapshots';

/** A library in use: records (a course name too), settings, a draft, a running timer, a reminder and its notification, session state. */
async function libraryInUse() {
  await db.lectures.bulkAdd(sampleLibrary.lectures);
  await db.notes.bulkAdd(sampleLibrary.notes);
  await db.sessions.bulkAdd(sampleLibrary.sessions);
  await db.courseNames.add({ id: 'moodle:lms.example.edu/7', title: 'Thermodynamics', updatedAt: 1 });
  await db.snapshots.add(seededSnapshot('n1'));
  await themeSetting.setValue('dark');
  await timerSettings.setValue({ ...DEFAULT_TIMER_SETTINGS, reminders: [{ days: [1], time: '08:30' }] });
  await browser.storage.local.set({ 'draft:youtube:abc123': { text: 'half a thought' } });
  await browser.storage.session.set({ pendingSeeks: [{ key: 'youtube:abc123', time: 5 }] });
  await runTimer({ type: 'start' });
  browser.alarms.create('reminder:0', { when: Date.now() + 3600_000 });
  await browser.notifications.create(REMINDER_NOTIFICATION, {
    type: 'basic',
    iconUrl: 'icon.png',
    title: 'Time to study',
    message: '',
  });
  expect(await browser.action.getBadgeText({})).toBe('25');
  expect((await browser.alarms.getAll()).length).toBeGreaterThanOrEqual(2);
}

async function expectNothingLeft() {
  expect(await readLibrary()).toEqual({ lectures: [], notes: [], sessions: [], courseNames: [] });
  expect(await db.snapshots.count()).toBe(0);
  expect(await browser.storage.local.get(null)).toEqual({});
  expect(await browser.storage.session.get(null)).toEqual({});
  expect(await browser.alarms.getAll()).toEqual([]);
  expect(await browser.action.getBadgeText({})).toBe('');
  expect(await browser.notifications.getAll()).toEqual({});
}

describe('delete all my data', () => {
  it('is one message to the background, and leaves nothing of Lectern behind', async () => {
    await libraryInUse();
    const reply = await answerMessage({ type: 'library/wipe', payload: {} }, pageSender('/options.html'));
    expect(reply).toEqual({ ok: true, data: { wiped: true } });
    await expectNothingLeft();
  });

  it('clears the alarms, reminders, badge and session storage too', async () => {
    await libraryInUse();
    await wipeEverything();
    await expectNothingLeft();
  });

  it('a timer tick after it (the wake its cleared settings cause) stores nothing', async () => {
    await libraryInUse();
    await wipeEverything();
    await runTimer({ type: 'tick' });
    await expectNothingLeft();
  });

  it('is finished when the background starts again after being interrupted between its steps', async () => {
    await libraryInUse();
    vi.spyOn(browser.alarms, 'clearAll').mockRejectedValueOnce(new Error('the worker was stopped'));
    await expect(wipeEverything()).rejects.toThrow('the worker was stopped');
    // A mix: the records are gone, the settings and alarms are not; the marker says so.
    expect(await db.notes.count()).toBe(0);
    expect(await browser.storage.local.get(WIPE_MARKER)).toEqual({ [WIPE_MARKER]: true });

    expect(await finishInterruptedWipe()).toBe(true);
    await expectNothingLeft();
  });

  it('at a start without an interrupted wipe, deletes nothing', async () => {
    await libraryInUse();
    expect(await finishInterruptedWipe()).toBe(false);
    expect(await db.notes.count()).toBe(5);
    expect(await themeSetting.getValue()).toBe('dark');
  });
});
