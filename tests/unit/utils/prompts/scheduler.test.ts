import { describe, expect, it } from 'vitest';
import { continueVisit, type SchedulerConfig } from '@/utils/prompts/scheduler';
import { Playback, SIX_MINUTES } from './playback';

describe('never twice', () => {
  it('does not prompt an answered segment again when the student goes back over it', () => {
    const video = new Playback();
    video.playTo(600);
    video.send({ type: 'answered' });
    video.seek(0);
    expect(video.playTo(360)).toBeNull();
    expect(video.playTo(719)).toBeNull();
    expect(video.playTo(800)?.segment).toEqual([360, 720]);
  });

  it('marks a skipped segment as prompted too', () => {
    const video = new Playback();
    video.playTo(600);
    video.send({ type: 'skipped' });
    expect(video.state.prompted).toEqual([[0, 360]]);
    video.seek(0);
    expect(video.playTo(360)).toBeNull();
  });

  it('on a revisit, skips the segments prompted on earlier visits', () => {
    const video = new Playback(SIX_MINUTES, [
      [0, 360],
      [360, 720],
    ]);
    expect(video.playTo(1079)).toBeNull();
    expect(video.playTo(1200)?.segment).toEqual([720, 1080]);
  });

  it('takes a history that arrives after playback started', () => {
    const video = new Playback();
    video.playTo(100);
    video.send({ type: 'history', prompted: [[0, 360]] });
    expect(video.state.pending).toEqual([]);
    expect(video.playTo(719)).toBeNull();
    expect(video.playTo(800)?.segment).toEqual([360, 720]);
  });

  it('starts over with the new lecture’s prompted segments when the source changes', () => {
    const video = new Playback();
    video.playTo(300);
    video.send({ type: 'source', prompted: [[0, 100]], chapters: [] });
    video.time = 0;
    expect(video.state.pending).toEqual([]);
    expect(video.playTo(459)).toBeNull();
    expect(video.playTo(600)?.segment).toEqual([100, 460]);
  });
  it('is not stretched back to 0:00 by a sliver left before an earlier visit’s segment', () => {
    // The first visit's playback started at 0.0092 s; this one starts at 0.
    const video = new Playback({ ...SIX_MINUTES, intervalSeconds: 60 }, [[0.0092, 63.77]]);
    const prompt = video.playTo(300, 16);
    expect(prompt?.segment[0]).toBeCloseTo(63.77, 2);
    expect(prompt?.covered[0]).toEqual([0, 0.0092]);
  });
});

describe('a visit picked up again (the lecture was away during an ad)', () => {
  const config: SchedulerConfig = { ...SIX_MINUTES, intervalSeconds: 60 };

  it('keeps what was watched, and asks again about the prompt that was on screen', () => {
    const before = new Playback(config);
    expect(before.playTo(100)?.segment).toEqual([0, 60]);
    const after = new Playback(config);
    after.state = continueVisit(before.state, config, []);
    after.time = 60;
    expect(after.state).toMatchObject({ playing: false, last: null, active: null, pending: [[0, 60]] });
    expect(after.playTo(70)?.segment).toEqual([0, 60.25]);
  });

  it('keeps a snooze running down where it was', () => {
    const before = new Playback(config);
    before.playTo(100);
    before.send({ type: 'snoozed' });
    before.playTo(90);
    const after = new Playback(config);
    after.state = continueVisit(before.state, config, []);
    after.time = 90;
    expect(after.playTo(179)).toBeNull();
    expect(after.playTo(200)?.segment).toEqual([0, 180]);
  });
});

describe('snooze and rewind', () => {
  it.each([1, 2, 16])('asks again after 2 minutes of lecture watched at %sx, about the grown segment', (rate) => {
    const video = new Playback();
    video.playTo(600, rate);
    const askedAt = video.time;
    video.send({ type: 'snoozed' });
    video.wait(10 * 60_000); // paused a while: the snooze does not run down
    const prompt = video.playTo(1200, rate);
    expect(video.time - askedAt).toBeGreaterThanOrEqual(120);
    expect(video.time - askedAt).toBeLessThan(120 + 0.25 * rate + 0.001);
    expect(prompt?.segment).toEqual([0, video.time]);
    expect(video.prompts).toHaveLength(2);
    video.send({ type: 'answered' });
    expect(video.state.prompted).toEqual([[0, video.time]]);
  });

  it('does not run a snooze down with a seek forward', () => {
    const video = new Playback();
    video.playTo(600, 2);
    video.send({ type: 'snoozed' });
    video.playTo(400, 2);
    video.seek(1000);
    expect(video.playTo(1079, 2)).toBeNull();
    expect(video.playTo(1200, 2)?.segment).toEqual([0, 1080]);
  });

  it('asks about a rewound segment once playback is back at its end, only once', () => {
    const video = new Playback();
    video.playTo(600);
    video.send({ type: 'rewound' });
    video.seek(0);
    expect(video.playTo(359)).toBeNull();
    expect(video.playTo(600)?.segment).toEqual([0, 360]);
    video.send({ type: 'answered' });
    video.seek(0);
    expect(video.playTo(719)).toBeNull();
    expect(video.prompts).toHaveLength(2);
  });

  it('asks about the same segment after a rewind, even when the replay overshoots its end', () => {
    const video = new Playback({ ...SIX_MINUTES, intervalSeconds: 60 });
    expect(video.playTo(300, 16)?.segment).toEqual([0, 60]);
    video.send({ type: 'rewound' });
    video.seek(2); // 16x ticks of 4 s: 6, 10, … 58, 62
    const again = video.playTo(300, 16);
    expect(video.time).toBe(62);
    expect(again?.segment).toEqual([0, 60]);
    expect(again?.covered).toEqual([[0, 62]]);
  });
});
