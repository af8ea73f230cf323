import { describe, expect, it } from 'vitest';
import type { Chapter, SchedulerConfig } from '@/utils/prompts/scheduler';
import { Playback, SIX_MINUTES, TICK_MS } from './playback';

describe('interval prompts', () => {
  it('prompts after the default 6 minutes of watched lecture, naming 0:00-6:00', () => {
    const video = new Playback();
    const prompt = video.playTo(600);
    expect(prompt).toEqual({ segment: [0, 360], covered: [[0, 360]], reason: 'interval' });
    expect(video.time).toBe(360);
  });

  it.each([
    [0.5, 360],
    [1, 360],
    [1.5, 360],
    [2, 360],
    [16, 360],
  ])('counts lecture time, not wall time, at %sx', (rate, expectedTime) => {
    const video = new Playback();
    const started = video.now;
    expect(video.playTo(900, rate)).not.toBeNull();
    expect(video.time).toBeCloseTo(expectedTime, 0);
    expect((video.now - started) / 1000).toBeCloseTo(expectedTime / rate, 0);
  });

  it('prompts at 1:00 with a 1-minute interval at 16x (the e2e scenario)', () => {
    const video = new Playback({ ...SIX_MINUTES, intervalSeconds: 60 });
    expect(video.playTo(300, 16)?.segment).toEqual([0, 60]);
  });

  it('follows a speed change mid-segment', () => {
    const video = new Playback();
    video.playTo(120, 1);
    video.send({ type: 'ratechange', playbackRate: 3 });
    expect(video.playTo(900, 3)?.segment).toEqual([0, 360]);
  });

  it('does not count time while paused', () => {
    const video = new Playback();
    video.playTo(180);
    video.wait(3_600_000);
    expect(video.playTo(359)).toBeNull();
    expect(video.playTo(400)?.segment).toEqual([0, 360]);
  });

  it('does not count a seek forward; the segment spans what was watched', () => {
    const video = new Playback();
    video.playTo(120);
    video.seek(1800);
    expect(video.playTo(2039)).toBeNull();
    const prompt = video.playTo(3000);
    expect(prompt?.segment).toEqual([0, 2040]);
    expect(prompt?.covered).toEqual([
      [0, 120],
      [1800, 2040],
    ]);
  });

  it('does not count rewatching after a seek back twice', () => {
    const video = new Playback();
    video.playTo(300);
    video.seek(60);
    expect(video.playTo(300)).toBeNull();
    expect(video.playTo(359)).toBeNull();
    expect(video.playTo(400)?.segment).toEqual([0, 360]);
  });

  it('treats a jump the clock cannot explain (an unannounced seek) as a seek', () => {
    const video = new Playback();
    video.playTo(100);
    video.play();
    video.now += TICK_MS;
    video.time = 1000;
    expect(video.send({ type: 'timeupdate', currentTime: 1000, playbackRate: 1 })).toBeNull();
    expect(video.state.pending).toEqual([[0, 100]]);
    expect(video.playTo(1259)).toBeNull();
    expect(video.playTo(1300)?.segment).toEqual([0, 1260]);
  });

  it('ignores progress reported while seeking', () => {
    const video = new Playback();
    video.playTo(30);
    video.play();
    video.send({ type: 'seeking' });
    video.now += TICK_MS;
    video.send({ type: 'timeupdate', currentTime: 30.25, playbackRate: 1 });
    expect(video.state.pending).toEqual([[0, 30]]);
  });

  it('keeps one prompt at a time: playing on while it is shown asks nothing more', () => {
    const video = new Playback({ ...SIX_MINUTES, intervalSeconds: 60 });
    video.playTo(100);
    video.playTo(400);
    expect(video.prompts).toHaveLength(1);
    video.send({ type: 'answered' });
    expect(video.state.pending).toEqual([[60, 400]]);
    expect(video.playTo(500)?.segment).toEqual([60, 400.25]);
  });
});

describe('held back', () => {
  it('never prompts in the first minute watched on this visit', () => {
    // Resuming late in a lecture with an old pending-free state: the chapter ends 30 s in.
    const chapters = [
      { start: 600, end: 630, title: 'Short' },
      { start: 630, end: 900, title: 'Next' },
    ];
    const video = new Playback({ ...SIX_MINUTES, mode: 'chapters' }, [], chapters);
    video.seek(600);
    expect(video.playTo(659)).toBeNull();
    expect(video.playTo(700)?.segment).toEqual([600, 630]);
    expect(video.time).toBe(660);
  });

  it('waits while the note editor is open, then prompts at once', () => {
    const video = new Playback();
    video.playTo(300);
    video.send({ type: 'editor-open' });
    expect(video.playTo(500)).toBeNull();
    video.send({ type: 'editor-close' });
    expect(video.playTo(501)?.segment).toEqual([0, 500.25]);
  });

  it('does not count an ad and does not prompt during one', () => {
    const video = new Playback();
    video.playTo(350);
    video.send({ type: 'ad-start' });
    video.time = 0;
    expect(video.playTo(30)).toBeNull();
    video.send({ type: 'ad-end' });
    video.time = 350;
    expect(video.state.pending).toEqual([[0, 350]]);
    expect(video.playTo(400)?.segment).toEqual([0, 360]);
  });

  it('never prompts when prompts are off, and starts when they are turned on', () => {
    const video = new Playback({ ...SIX_MINUTES, enabled: false });
    expect(video.playTo(1000)).toBeNull();
    video.send({ type: 'config', config: SIX_MINUTES });
    expect(video.playTo(1001)?.segment).toEqual([0, 1000.25]);
  });
});

describe('chapter mode', () => {
  const chapters: Chapter[] = [
    { start: 0, end: 90, title: 'Intro' },
    { start: 90, end: 300, title: 'Cells' },
    { start: 300, end: 420, title: 'Energy' },
  ];
  const config: SchedulerConfig = { ...SIX_MINUTES, mode: 'chapters' };

  it('prompts at the end of each chapter instead of by interval', () => {
    const video = new Playback(config, [], chapters);
    expect(video.playTo(420)?.segment).toEqual([0, 90]);
    video.send({ type: 'answered' });
    expect(video.playTo(420)?.segment).toEqual([90, 300]);
    video.send({ type: 'answered' });
    expect(video.playTo(420)).toEqual({ segment: [300, 420], covered: [[300, 420]], reason: 'chapter' });
    expect(video.prompts.map((p) => Math.round(p.at))).toEqual([90, 300, 420]);
  });

  it('does not prompt a chapter the student seeked through or barely watched', () => {
    const video = new Playback(config, [], chapters);
    video.playTo(80);
    video.seek(295);
    expect(video.playTo(310)).toBeNull();
    expect(video.playTo(419)).toBeNull();
    expect(video.playTo(420)?.segment).toEqual([300, 420]);
  });

  it('skips chapters prompted on an earlier visit', () => {
    const video = new Playback(config, [[0, 90]], chapters);
    expect(video.playTo(420)?.segment).toEqual([90, 300]);
  });

  it('uses chapter markers that arrive after playback started', () => {
    const video = new Playback(config);
    video.playTo(50);
    video.send({ type: 'chapters', chapters });
    expect(video.playTo(420)?.segment).toEqual([0, 90]);
  });

  it('falls back to the interval when the lecture has no chapters', () => {
    const video = new Playback({ ...config, intervalSeconds: 120 });
    expect(video.playTo(420)?.segment).toEqual([0, 120]);
  });

  it('snoozes a chapter prompt and asks about the same chapter again', () => {
    const video = new Playback(config, [], chapters);
    video.playTo(420);
    video.send({ type: 'snoozed' });
    expect(video.playTo(420)?.segment).toEqual([0, 90]);
    expect(video.time).toBeCloseTo(90 + 120, 0);
  });
});
