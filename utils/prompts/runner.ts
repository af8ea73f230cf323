/**
 * Runs the review-prompt scheduler (utils/prompts/scheduler.ts) on a lecture video, in the lecture's frame:
 * feeds it the video's events with the clock, and performs its prompts: pause the video, ask
 * through `ask` (the overlay's dialog, which saves an answer itself), then resume, seek back or
 * record a skip or a snooze. Everything it listens to ends with `signal`.
 */
import type { PromptOutcomes } from '../model/lectures';
import type { Range } from '../model/ranges';
import type { PromptSettings } from '../settings/native-keys';
import { adMarkerOf, chaptersOf } from '../video/platforms/registry';
import { recallQuestionFor } from './questions';
import {
  continueVisit,
  initialSchedulerState,
  type PlaybackEvent,
  type PromptRequest,
  type SchedulerState,
  schedulePrompt,
} from './scheduler';
import { schedulerConfigFor } from './scheduler-config';

export type PromptChoice = 'answered' | 'skipped' | 'snoozed' | 'rewound';
/**
 * What became of a prompt: the student's choice, or `unseen`: the overlay could not show it (its
 * UI never became ready). An unseen prompt is asked again a snooze later, and nothing is recorded.
 */
export type PromptResult = PromptChoice | 'unseen';

/**
 * In chapter mode, chapters are read again this often (wall time) while the lecture plays:
 * YouTube renders its markers after the player starts. One query of the page per second.
 */
const CHAPTER_READ_MS = 1000;

export interface PromptHistory {
  outcomes: PromptOutcomes;
  /** The host of the tab's page when the lecture plays in an embedded player (an LMS), else the same host or null. */
  pageSite: string | null;
}

export interface PromptAsk {
  lectureKey: string;
  segment: Range;
  covered: Range[];
  question: string;
}

export interface PromptRunnerOptions {
  video: HTMLVideoElement;
  lectureKey: string;
  /** The page's host name, for the per-site switch. */
  host: string;
  settings: PromptSettings;
  /** Shows the dialog; resolves with what the student chose (an answer is already saved then). */
  ask(prompt: PromptAsk): Promise<PromptResult>;
  loadHistory(lectureKey: string): Promise<PromptHistory>;
  recordOutcome(lectureKey: string, outcome: 'skipped' | 'snoozed', covered: Range[]): Promise<unknown>;
  now(): number;
  /**
   * This frame's visits so far, by lecture key: a runner leaves its scheduler state here when it
   * ends, and a runner for the same lecture picks it up (the lecture was away during an ad).
   */
  visits?: Map<string, SchedulerState>;
  signal: AbortSignal;
}

export interface PromptRunner {
  setEditorOpen(open: boolean): void;
  setSettings(settings: PromptSettings): void;
}

export function startPromptRunner(options: PromptRunnerOptions): PromptRunner {
  const { video, signal } = options;
  let settings = options.settings;
  const lectureKey = options.lectureKey;
  let pageSite: string | null = null;
  const config = () => schedulerConfigFor(settings, options.host, pageSite);
  const chapters = chaptersOf(video);
  let chaptersSeen = JSON.stringify(chapters);
  let chaptersReadAt = options.now();
  const remembered = options.visits?.get(lectureKey);
  let state = remembered
    ? continueVisit(remembered, config(), chapters)
    : initialSchedulerState(config(), [], chapters);
  signal.addEventListener('abort', () => options.visits?.set(lectureKey, state));
  let asked = 0;

  const feed = (event: PlaybackEvent) => {
    if (signal.aborted) return;
    const result = schedulePrompt(state, event, options.now());
    state = result.state;
    if (result.prompt) void ask(result.prompt);
  };

  const loadHistory = (key: string) => {
    options
      .loadHistory(key)
      .then(({ outcomes, pageSite: site }) => {
        asked += outcomes.answered + outcomes.skipped;
        pageSite = site;
        feed({ type: 'config', config: config() });
        feed({ type: 'history', prompted: outcomes.prompted });
      })
      .catch(() => undefined); // Without history, earlier visits' segments may be asked again: harmless.
  };

  const resume = () => void video.play()?.catch(() => undefined);

  async function ask(prompt: PromptRequest) {
    const key = lectureKey;
    video.pause();
    let choice: PromptResult;
    try {
      choice = await options.ask({
        lectureKey: key,
        segment: prompt.segment,
        covered: prompt.covered,
        question: recallQuestionFor(asked),
      });
    } catch {
      choice = 'snoozed';
    }
    if (signal.aborted) return;
    if (choice === 'answered' || choice === 'skipped') asked += 1;
    feed({ type: choice === 'unseen' ? 'snoozed' : choice });
    if (choice === 'skipped' || choice === 'snoozed') {
      void options.recordOutcome(key, choice, prompt.covered).catch(() => undefined);
    }
    if (choice === 'rewound') video.currentTime = prompt.segment[0];
    if (choice !== 'answered' || settings.resumeAfterAnswer) resume();
  }

  const on = (type: string, listener: () => void) => video.addEventListener(type, listener, { signal });
  const at = () => ({ currentTime: video.currentTime, playbackRate: video.playbackRate });
  // Chapters are fed only when they change: read at metadata, on play, and in chapter mode every few seconds.
  const refreshChapters = () => {
    chaptersReadAt = options.now();
    const read = chaptersOf(video);
    const seen = JSON.stringify(read);
    if (seen === chaptersSeen) return;
    chaptersSeen = seen;
    feed({ type: 'chapters', chapters: read });
  };
  on('play', () => {
    refreshChapters();
    feed({ type: 'play', ...at() });
  });
  on('pause', () => feed({ type: 'pause' }));
  on('timeupdate', () => {
    if (video.paused) return;
    if (settings.mode === 'chapters' && options.now() - chaptersReadAt >= CHAPTER_READ_MS) refreshChapters();
    feed({ type: 'timeupdate', ...at() });
  });
  on('seeking', () => feed({ type: 'seeking' }));
  on('seeked', () => feed({ type: 'seeked', currentTime: video.currentTime }));
  on('ratechange', () => feed({ type: 'ratechange', playbackRate: video.playbackRate }));
  on('loadedmetadata', refreshChapters);
  on('durationchange', refreshChapters);
  const tracks = video.querySelectorAll('track');
  for (let index = 0; index < tracks.length; index++) {
    tracks[index]?.addEventListener('load', refreshChapters, { signal });
  }
  watchAds(video, feed, signal);

  loadHistory(lectureKey);
  if (!video.paused) feed({ type: 'play', ...at() });

  return {
    setEditorOpen: (open) => feed({ type: open ? 'editor-open' : 'editor-close' }),
    setSettings(next) {
      settings = next;
      feed({ type: 'config', config: config() });
    },
  };
}

/** A player that plays its ads in the lecture's own video marks them (platforms/registry.ts): watch that mark only. */
function watchAds(video: HTMLVideoElement, feed: (event: PlaybackEvent) => void, signal: AbortSignal) {
  const marker = adMarkerOf(video);
  if (!marker) return;
  let showing = marker.isShowing();
  if (showing) feed({ type: 'ad-start' });
  const observer = new MutationObserver(() => {
    const now = marker.isShowing();
    if (now === showing) return;
    showing = now;
    feed({ type: now ? 'ad-start' : 'ad-end' });
  });
  observer.observe(marker.element, { attributes: true, attributeFilter: [marker.attribute] });
  signal.addEventListener('abort', () => observer.disconnect());
}
