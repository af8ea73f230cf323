import { describe, expect, it, vi } from 'vitest';
import type { PromptOutcomes } from '@/utils/model/lectures';
import { type PromptAsk, type PromptResult, startPromptRunner } from '@/utils/prompts/runner';
import type { SchedulerState } from '@/utils/prompts/scheduler';
import { DEFAULT_PROMPT_SETTINGS, type PromptSettings } from '@/utils/settings/native-keys';

/** A `<video>` in a YouTube-like player, playing on command in 250 ms ticks of a fake clock. */
function fakeLecture() {
  document.body.innerHTML = '<div id="movie_player" class="html5-video-player"><video></video></div>';
  const video = document.querySelector('video') as HTMLVideoElement;
  let paused = true;
  let currentTime = 0;
  const clock = { now: 1_000_000 };
  Object.defineProperties(video, {
    paused: { get: () => paused },
    duration: { get: () => 300 },
    playbackRate: { value: 16, writable: true },
    currentTime: {
      get: () => currentTime,
      set(value: number) {
        video.dispatchEvent(new Event('seeking'));
        currentTime = value;
        video.dispatchEvent(new Event('seeked'));
      },
    },
  });
  video.play = async () => {
    paused = false;
    video.dispatchEvent(new Event('play'));
  };
  video.pause = () => {
    if (paused) return;
    paused = true;
    video.dispatchEvent(new Event('pause'));
  };
  /** Plays `seconds` of wall time, or until something pauses the video. */
  const run = (seconds: number) => {
    for (let tick = 0; tick < seconds * 4 && !paused; tick++) {
      clock.now += 250;
      currentTime = Math.min(300, currentTime + 0.25 * video.playbackRate);
      video.dispatchEvent(new Event('timeupdate'));
    }
  };
  return { video, clock, run, player: document.querySelector('#movie_player') as HTMLElement };
}

const noHistory: PromptOutcomes = { answered: 0, skipped: 0, snoozed: 0, prompted: [], rewatch: [] };

interface StartOptions {
  history?: PromptOutcomes;
  pageSite?: string | null;
  visits?: Map<string, SchedulerState>;
  lecture?: ReturnType<typeof fakeLecture>;
}

function start(choice: PromptResult, settings: Partial<PromptSettings> = {}, options: StartOptions = {}) {
  const { history = noHistory, pageSite = null, visits } = options;
  const lecture = options.lecture ?? fakeLecture();
  const asks: PromptAsk[] = [];
  const recordOutcome = vi.fn(async () => null);
  const controller = new AbortController();
  const runner = startPromptRunner({
    video: lecture.video,
    lectureKey: 'demo',
    host: 'lectern.test',
    settings: { ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 1, ...settings },
    ask: async (prompt) => {
      asks.push(prompt);
      return choice;
    },
    loadHistory: async () => ({ outcomes: history, pageSite }),
    recordOutcome,
    now: () => lecture.clock.now,
    visits,
    signal: controller.signal,
  });
  return { ...lecture, asks, recordOutcome, runner, controller };
}

describe('prompt runner', () => {
  it('pauses at 1:00 of a 16x lecture, asks, then resumes after an answer', async () => {
    const { video, run, asks } = start('answered');
    await video.play();
    run(5);
    expect(asks).toEqual([
      { lectureKey: 'demo', segment: [0, 60], covered: [[0, 60]], question: expect.stringMatching(/key points/) },
    ]);
    await vi.waitFor(() => expect(video.paused).toBe(false));
    expect(video.currentTime).toBe(60);
  });

  it('stays paused after an answer when resuming is off', async () => {
    const { video, run, asks } = start('answered', { resumeAfterAnswer: false });
    await video.play();
    run(5);
    expect(asks).toHaveLength(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(video.paused).toBe(true);
  });

  it('records a skip and resumes; never asks about the skipped segment again', async () => {
    const { video, run, asks, recordOutcome } = start('skipped');
    await video.play();
    run(4);
    await vi.waitFor(() => expect(recordOutcome).toHaveBeenCalledWith('demo', 'skipped', [[0, 60]]));
    await vi.waitFor(() => expect(video.paused).toBe(false));
    video.currentTime = 0;
    run(4);
    expect(asks).toHaveLength(1);
  });

  it.each<[PromptResult, string[]]>([
    ['snoozed', ['snoozed']],
    ['unseen', []],
  ])('asks a %s prompt again after two minutes of lecture watched; records %j', async (choice, recorded) => {
    const { video, run, asks, recordOutcome } = start(choice);
    await video.play();
    run(4);
    expect(asks).toHaveLength(1);
    await vi.waitFor(() => expect(video.paused).toBe(false));
    run(7); // 112 s of lecture at 16x
    expect(asks).toHaveLength(1);
    run(1);
    expect(asks).toHaveLength(2);
    expect(asks[1]?.segment[0]).toBe(0);
    await vi.waitFor(() => expect(video.paused).toBe(false));
    expect(recordOutcome.mock.calls.map((call) => (call as unknown[])[1])).toEqual([...recorded, ...recorded]);
  });

  it('rewinds to the segment start and plays', async () => {
    const { video, run } = start('rewound');
    await video.play();
    run(4);
    await vi.waitFor(() => expect(video.paused).toBe(false));
    expect(video.currentTime).toBe(0);
  });

  it('skips what earlier visits prompted, and rotates the question', async () => {
    const history = { ...noHistory, answered: 1, prompted: [[0, 60]] as [number, number][] };
    const { video, run, asks } = start('answered', {}, { history });
    await Promise.resolve();
    await video.play();
    run(8);
    expect(asks[0]?.segment).toEqual([60, 120]);
    expect(asks[0]?.question).toMatch(/friend/);
  });

  it('asks nothing while the editor is open, during an ad, on a site with prompts off, or after abort', async () => {
    const editor = start('answered');
    editor.runner.setEditorOpen(true);
    await editor.video.play();
    editor.run(8);
    expect(editor.asks).toHaveLength(0);

    const ad = start('answered');
    ad.player.classList.add('ad-showing');
    await ad.video.play();
    await Promise.resolve();
    ad.run(8);
    expect(ad.asks).toHaveLength(0);

    const off = start('answered', { disabledSites: ['lectern.test'] });
    await off.video.play();
    off.run(8);
    expect(off.asks).toHaveLength(0);

    const gone = start('answered');
    gone.controller.abort();
    await gone.video.play();
    gone.run(8);
    expect(gone.asks).toHaveLength(0);
  });

  it('keeps prompts off in a player embedded in a site switched off (the tab’s page)', async () => {
    const embedded = start('answered', { disabledSites: ['lms.example.edu'] }, { pageSite: 'lms.example.edu' });
    await vi.waitFor(() => expect(embedded.recordOutcome).not.toHaveBeenCalled());
    await Promise.resolve();
    await embedded.video.play();
    embedded.run(8);
    expect(embedded.asks).toHaveLength(0);
    embedded.runner.setSettings({ ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 1 });
    embedded.run(1);
    expect(embedded.asks).toHaveLength(1);
  });

  it('picks the visit up again when the lecture comes back after an ad: watched time before it counts', async () => {
    const visits = new Map<string, SchedulerState>();
    const first = start('answered', {}, { visits });
    await first.video.play();
    first.run(2); // 32 s of lecture
    first.controller.abort(); // the ad takes the lecture's video away
    const second = start('answered', {}, { visits, lecture: first });
    first.run(2.5);
    expect(second.asks.map((ask) => ask.segment)).toEqual([[0, 60]]);
  });

  it('reads chapter markers the page renders after playback started', async () => {
    const chapters = start('answered', { mode: 'chapters' });
    await chapters.video.play();
    chapters.run(1);
    const markers = [
      ['0:00', 'Intro'],
      ['1:30', 'Glycolysis'],
    ]
      .map(
        ([time, title]) =>
          `<ytd-macro-markers-list-item-renderer><h4>${title}</h4><div id="time">${time}</div></ytd-macro-markers-list-item-renderer>`,
      )
      .join('');
    document.body.insertAdjacentHTML('beforeend', markers);
    chapters.run(8);
    expect(chapters.asks.map((ask) => ask.segment)).toEqual([[0, 90]]);
  });
});
