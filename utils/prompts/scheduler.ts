/**
 * The review-prompt scheduler: a pure state machine. It knows nothing about the DOM, storage or
 * timers: `schedulePrompt(state, event, now)` takes one playback event and the wall clock (epoch
 * ms) and returns the next state and, at most, one prompt to show. The overlay's prompt runner
 * feeds it the lecture video's events and performs the prompt (pause, show the dialog).
 * Here: its state, events and transitions; scheduler-progress.ts: what a `timeupdate` counts as
 * watched and when a prompt is due; scheduler-config.ts: its config from the student's settings.
 *
 * The rules:
 * - Watched time is playback progress: `currentTime` advancing while the video plays, at any
 *   speed. Each second of video counts once: rewatching what is already pending does not count
 *   twice, and video time inside segments already prompted (on this visit or an earlier one:
 *   the lecture's `prompted` ranges) never counts, so a segment is never prompted twice.
 * - Seeking never counts: progress is ignored from `seeking` to `seeked`, and a jump larger than
 *   the wall clock and the playback rate allow (a seek the page did not announce) is one too.
 * - Interval mode: a prompt once the pending (newly watched, unprompted) video time reaches the
 *   interval; its segment spans the pending ranges. Chapter mode (when the lecture has chapters;
 *   else by interval): a prompt when playback crosses the end of a chapter the student watched
 *   (at least half of it, or 30 s) and that was not prompted before; its segment is the chapter.
 * - Held back, not dropped: in the first minute watched on this visit, while the note editor is
 *   open, while an ad plays. A due prompt fires at the first progress once it is allowed.
 *   Nothing is prompted when prompts are off (globally or for the site) or while one is shown.
 * - Outcomes: answered or skipped marks the segment prompted; snoozed asks again after two
 *   minutes of lecture watched (video time, like the interval: at 16x that is 7.5 s of playing;
 *   seeks and pauses do not run it down), the segment grown by what was watched meanwhile;
 *   rewound asks again when playback reaches the segment's end.
 */

import { mergeRanges, type Range, subtractRanges } from '../model/ranges';
import type { PromptMode } from '../settings/native-keys';
import { progress } from './scheduler-progress';

/** Snooze 2 minutes: of lecture watched, like the interval. */
export const SNOOZE_SECONDS = 2 * 60;

export interface Chapter {
  start: number;
  end: number;
  title: string;
}

export interface SchedulerConfig {
  /** Prompts are on globally and for this site. */
  enabled: boolean;
  intervalSeconds: number;
  mode: PromptMode;
}

export interface PromptRequest {
  /** The segment the student is asked about. */
  segment: Range;
  /** The video time this prompt settles: marked prompted once answered or skipped. */
  covered: Range[];
  reason: 'interval' | 'chapter';
}

export type PlaybackEvent =
  | { type: 'play'; currentTime: number; playbackRate: number }
  | { type: 'pause' }
  | { type: 'timeupdate'; currentTime: number; playbackRate: number }
  | { type: 'seeking' }
  | { type: 'seeked'; currentTime: number }
  | { type: 'ratechange'; playbackRate: number }
  /** Another lecture (or another source) in the same video: start over with its prompted ranges. */
  | { type: 'source'; prompted: Range[]; chapters: Chapter[] }
  | { type: 'chapters'; chapters: Chapter[] }
  /** Video time the lecture's history says was prompted on earlier visits (arrives late). */
  | { type: 'history'; prompted: Range[] }
  | { type: 'ad-start' }
  | { type: 'ad-end' }
  | { type: 'editor-open' }
  | { type: 'editor-close' }
  | { type: 'config'; config: SchedulerConfig }
  | { type: 'answered' }
  | { type: 'skipped' }
  | { type: 'snoozed' }
  | { type: 'rewound' };

type Wait = { kind: 'snooze'; remainingSeconds: number } | { kind: 'reach'; time: number };

export interface SchedulerState {
  config: SchedulerConfig;
  chapters: Chapter[];
  /** Video time already prompted (any visit). */
  prompted: Range[];
  /** Video time watched on this visit and not prompted yet. */
  pending: Range[];
  playing: boolean;
  seeking: boolean;
  adPlaying: boolean;
  editorOpen: boolean;
  rate: number;
  /** Where continuous playback was last seen, and when (epoch ms). */
  last: { time: number; at: number } | null;
  /** Seconds of progress on this visit (for the first-minute rule). */
  watchedThisVisit: number;
  /** A chapter whose end was crossed and that waits for its prompt. */
  dueChapter: Chapter | null;
  /** The prompt being shown. */
  active: PromptRequest | null;
  /** A snoozed or rewound prompt, and what brings it back. */
  held: { prompt: PromptRequest; wait: Wait } | null;
}

export interface ScheduleResult {
  state: SchedulerState;
  prompt: PromptRequest | null;
}

export function initialSchedulerState(
  config: SchedulerConfig,
  prompted: Range[] = [],
  chapters: Chapter[] = [],
): SchedulerState {
  return {
    config,
    chapters: sortChapters(chapters),
    prompted: mergeRanges([], prompted),
    pending: [],
    playing: false,
    seeking: false,
    adPlaying: false,
    editorOpen: false,
    rate: 1,
    last: null,
    watchedThisVisit: 0,
    dueChapter: null,
    active: null,
    held: null,
  };
}

/**
 * The same visit, picked up again after the lecture was away for a moment (the player showed an
 * ad in the lecture's own video, the page swapped it out and back): what was watched and not yet
 * prompted still counts, and a snoozed prompt still waits. Playback is observed afresh; a prompt
 * that was on screen is asked again (its time is still pending).
 */
export function continueVisit(state: SchedulerState, config: SchedulerConfig, chapters: Chapter[]): SchedulerState {
  return {
    ...state,
    config,
    chapters: chapters.length > 0 ? sortChapters(chapters) : state.chapters,
    playing: false,
    seeking: false,
    adPlaying: false,
    editorOpen: false,
    last: null,
    active: null,
  };
}

function sortChapters(chapters: Chapter[]): Chapter[] {
  return chapters.filter((chapter) => chapter.end > chapter.start).sort((a, b) => a.start - b.start);
}

export function schedulePrompt(state: SchedulerState, event: PlaybackEvent, now: number): ScheduleResult {
  const next = (changes: Partial<SchedulerState>): ScheduleResult => ({
    state: { ...state, ...changes },
    prompt: null,
  });
  switch (event.type) {
    case 'play':
      return next({ playing: true, rate: event.playbackRate, last: { time: event.currentTime, at: now } });
    case 'pause':
      return next({ playing: false, last: null });
    case 'seeking':
      return next({ seeking: true, last: null });
    case 'seeked':
      return next({ seeking: false, last: state.playing ? { time: event.currentTime, at: now } : null });
    case 'ratechange':
      return next({ rate: event.playbackRate });
    case 'timeupdate':
      return progress({ ...state, rate: event.playbackRate }, event.currentTime, now);
    case 'source':
      return { state: initialSchedulerState(state.config, event.prompted, event.chapters), prompt: null };
    case 'chapters':
      return next({ chapters: sortChapters(event.chapters) });
    case 'history': {
      const prompted = mergeRanges(state.prompted, event.prompted);
      return next({ prompted, pending: state.pending.flatMap((range) => subtractRanges(range, prompted)) });
    }
    case 'ad-start':
      return next({ adPlaying: true, last: null });
    case 'ad-end':
      return next({ adPlaying: false, last: null });
    case 'editor-open':
      return next({ editorOpen: true });
    case 'editor-close':
      return next({ editorOpen: false });
    case 'config':
      return next({ config: event.config });
    case 'answered':
    case 'skipped':
      return { state: settle(state), prompt: null };
    case 'snoozed':
      return next(hold(state, { kind: 'snooze', remainingSeconds: SNOOZE_SECONDS }));
    case 'rewound':
      return next(hold(state, { kind: 'reach', time: state.active ? state.active.segment[1] : 0 }));
  }
}

/** The shown prompt's video time is prompted now; what was watched beside it stays pending. */
function settle(state: SchedulerState): SchedulerState {
  const { active } = state;
  if (!active) return state;
  const prompted = mergeRanges(state.prompted, active.covered);
  return {
    ...state,
    prompted,
    pending: state.pending.flatMap((range) => subtractRanges(range, prompted)),
    dueChapter: null,
    active: null,
    held: null,
  };
}

function hold(state: SchedulerState, wait: Wait): Partial<SchedulerState> {
  if (!state.active) return {};
  return { active: null, held: { prompt: state.active, wait } };
}
