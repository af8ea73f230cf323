import { describe, expect, it } from 'vitest';
import type { Range } from '@/utils/db/database';
import {
  type Chapter,
  continueVisit,
  initialSchedulerState,
  type PlaybackEvent,
  type PromptRequest,
  type SchedulerConfig,
  type SchedulerState,
  schedulePrompt,
  schedulerConfigFor,
} from '@/utils/prompts/scheduler';
import { DEFAULT_PROMPT_SETTINGS } from '@/utils/settings/native-keys';

const SIX_MINUTES: SchedulerConfig = { enabled: true, intervalSeconds: 360, mode: 'interval' };
const TICK_MS = 250;

/** A student's video: plays in ~250 ms timeupdate ticks like a browser, pauses when prompted. */
class Playback {
  state: SchedulerState;
  now = 1_700_000_000_000;
  time = 0;
  rate = 1;
  prompts: { at: number; prompt: PromptRequest }[] = [];

  constructor(config: SchedulerConfig = SIX_MINUTES, prompted: Range[] = [], chapters: Chapter[] = []) {
    this.state = initialSchedulerState(config, prompted, chapters);
  }

  send(event: PlaybackEvent): PromptRequest | null {
    const result = schedulePrompt(this.state, event, this.now);
    this.state = result.state;
    if (result.prompt) this.prompts.push({ at: this.time, prompt: result.prompt });
    return result.prompt;
  }

  play(rate = this.rate) {
    this.rate = rate;
    this.send({ type: 'play', currentTime: this.time, playbackRate: rate });
  }

  /** Plays until `videoTime` or a prompt (which pauses the video, as the overlay does). */
  playTo(videoTime: number, rate = this.rate): PromptRequest | null {
    this.play(rate);
    while (this.time < videoTime) {
      this.now += TICK_MS;
      this.time = Math.min(videoTime, this.time + (TICK_MS / 1000) * this.rate);
      const prompt = this.send({ type: 'timeupdate', currentTime: this.time, playbackRate: this.rate });
      if (prompt) {
        this.pause();
        return prompt;
      }
    }
    this.pause();
    return null;
  }

  pause() {
    this.send({ type: 'pause' });
  }

  seek(to: number) {
    this.send({ type: 'seeking' });
    this.now += 80;
    this.time = to;
    this.send({ type: 'seeked', currentTime: to });
  }

  wait(ms: number) {
    this.now += ms;
  }
}

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

  it.each([
    ['www.youtube.com', ['youtube.com'], false],
    ['youtube.com', ['youtube.com'], false],
    ['notyoutube.com', ['youtube.com'], true],
    ['lms.example.edu', ['www.youtube.com'], true],
    ['LMS.example.edu', [' lms.example.edu '], false],
  ])('on %s with prompts off for %j: enabled=%s', (host, disabledSites, enabled) => {
    expect(schedulerConfigFor({ ...DEFAULT_PROMPT_SETTINGS, disabledSites }, host).enabled).toBe(enabled);
  });

  it.each([
    ['lms.example.edu', true],
    ['example.edu', true],
    ['other.example.org', false],
    [null, false],
  ])('in a player embedded in a page on %s, with prompts off for example.edu: off=%s', (pageSite, off) => {
    const settings = { ...DEFAULT_PROMPT_SETTINGS, disabledSites: ['example.edu'] };
    expect(schedulerConfigFor(settings, 'cdnapisec.kaltura.com', pageSite).enabled).toBe(!off);
  });

  it('clamps the interval to 1-60 minutes and respects the global switch', () => {
    expect(schedulerConfigFor({ ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 0.2 }, 'a').intervalSeconds).toBe(60);
    expect(schedulerConfigFor({ ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 90 }, 'a').intervalSeconds).toBe(3600);
    expect(schedulerConfigFor({ ...DEFAULT_PROMPT_SETTINGS, enabled: false }, 'a').enabled).toBe(false);
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
