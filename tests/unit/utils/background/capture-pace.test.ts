import { describe, expect, it } from 'vitest';
import { CAPTURE_SPACING_MS, type PaceClock, paced, QUOTA_RETRY_MS } from '@/utils/background/capture-pace';

const QUOTA = 'This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.';

/** Time between one capture and the next. */
const gaps = (times: number[]) => times.slice(1).map((time, at) => time - (times[at] ?? time));

/** A clock that only moves when something sleeps; it notes every sleep. */
function fakeClock() {
  let now = 10_000;
  const sleeps: number[] = [];
  const clock: PaceClock = {
    now: () => now,
    async sleep(ms) {
      sleeps.push(ms);
      now += ms;
    },
  };
  return { clock, sleeps, at: () => now };
}

/** A capture that notes when it ran and fails the calls numbered in `quotaOn` (from 1) for the quota. */
function fakeCapture(at: () => number, quotaOn: number[] = [], otherOn: number[] = []) {
  const ran: number[] = [];
  const capture = async (windowId: number) => {
    ran.push(at());
    if (quotaOn.includes(ran.length)) throw new Error(QUOTA);
    if (otherOn.includes(ran.length)) throw new Error('the tab is gone');
    return `data:image/png;window=${windowId}`;
  };
  return { capture, ran };
}

describe('paced tab captures (Chromium allows two a second)', () => {
  it('runs the first at once and spaces the next ones out, one at a time, in order', async () => {
    const { clock, at } = fakeClock();
    const { capture, ran } = fakeCapture(at);
    const take = paced(capture, clock);
    const results = await Promise.all([take(1), take(2), take(3)]);
    expect(results).toEqual(['data:image/png;window=1', 'data:image/png;window=2', 'data:image/png;window=3']);
    expect(gaps(ran)).toHaveLength(2);
    expect(Math.min(...gaps(ran))).toBeGreaterThanOrEqual(CAPTURE_SPACING_MS);
  });

  it('does not wait when the last capture is long past', async () => {
    const { clock, sleeps, at } = fakeClock();
    const { capture } = fakeCapture(at);
    const take = paced(capture, clock);
    await take(1);
    await clock.sleep(5_000);
    sleeps.length = 0;
    await take(1);
    expect(sleeps).toEqual([]);
  });

  it('tries a capture refused for the quota once more, after a wait', async () => {
    const { clock, at } = fakeClock();
    const { capture, ran } = fakeCapture(at, [1]);
    await expect(paced(capture, clock)(7)).resolves.toBe('data:image/png;window=7');
    expect(gaps(ran)).toEqual([QUOTA_RETRY_MS]);
  });

  it('gives up after the one retry, and other failures are not retried', async () => {
    const { clock, at } = fakeClock();
    const twice = fakeCapture(at, [1, 2]);
    await expect(paced(twice.capture, clock)(1)).rejects.toThrow(/MAX_CAPTURE/);
    expect(twice.ran).toHaveLength(2);
    const other = fakeCapture(at, [], [1]);
    await expect(paced(other.capture, clock)(1)).rejects.toThrow('the tab is gone');
    expect(other.ran).toHaveLength(1);
  });

  it('keeps taking turns after a failed capture', async () => {
    const { clock, at } = fakeClock();
    const { capture, ran } = fakeCapture(at, [], [1]);
    const take = paced(capture, clock);
    const [first, second] = await Promise.allSettled([take(1), take(2)]);
    expect(first.status).toBe('rejected');
    expect(second).toEqual({ status: 'fulfilled', value: 'data:image/png;window=2' });
    expect(gaps(ran)[0]).toBeGreaterThanOrEqual(CAPTURE_SPACING_MS);
  });
});
