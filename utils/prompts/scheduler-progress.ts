/**
 * Playback progress, the scheduler's core rule (the rules are in scheduler.ts): a `timeupdate`
 * while playing adds the step to the pending (watched, unprompted) time unless it is a seek,
 * runs a snooze down, marks a crossed chapter due, and then decides whether a prompt is due and
 * allowed now. Pure, like the scheduler.
 */
import { coveredSeconds, mergeRanges, overlapSeconds, type Range, spanOf, subtractRanges } from '../model/ranges';
import type { Chapter, PromptRequest, ScheduleResult, SchedulerState } from './scheduler';

export const FIRST_PROMPT_AFTER_SECONDS = 60;
/** A chapter end counts as reached this close to it (timeupdate fires every ~250 ms). */
const CHAPTER_END_SLACK = 0.25;
/** Allowed progress per wall second: the rate with this factor, plus a constant (event jitter). */
const RATE_SLACK = 1.5;
const JUMP_SLACK_SECONDS = 1.5;
/** Shorter pieces of pending time do not stretch a segment's label (see `intervalPrompt`). */
const SLIVER_SECONDS = 1;

function usesChapters(state: SchedulerState): boolean {
  return state.config.mode === 'chapters' && state.chapters.length > 0;
}

/** The next state after the video reached `currentTime` at `now` (epoch ms), and a prompt if one is due. */
export function progress(state: SchedulerState, currentTime: number, now: number): ScheduleResult {
  const here = { time: currentTime, at: now };
  if (!state.playing || state.seeking || state.adPlaying) return { state, prompt: null };
  if (!state.last) return { state: { ...state, last: here }, prompt: null };
  const delta = currentTime - state.last.time;
  const wallSeconds = Math.max(0, (now - state.last.at) / 1000);
  const allowed = wallSeconds * Math.max(state.rate, 1) * RATE_SLACK + JUMP_SLACK_SECONDS;
  // Backwards, or further than playback can go in that time: a seek (or a loop), not watching.
  if (delta <= 0 || delta > allowed) return { state: { ...state, last: here }, prompt: null };

  const step: Range = [state.last.time, currentTime];
  const pending = mergeRanges(state.pending, subtractRanges(step, state.prompted));
  const crossed = state.chapters.find(
    (chapter) => step[0] < chapter.end - CHAPTER_END_SLACK && step[1] >= chapter.end - CHAPTER_END_SLACK,
  );
  const watched: SchedulerState = {
    ...state,
    pending,
    last: here,
    watchedThisVisit: state.watchedThisVisit + delta,
    dueChapter: crossed && chapterIsDue(crossed, pending, state.prompted) ? crossed : state.dueChapter,
    held: tickHeld(state.held, delta),
  };
  return decide(watched, currentTime);
}

/** A crossed chapter is prompted if the student watched enough of it and it was not prompted. */
function chapterIsDue(chapter: Chapter, pending: Range[], prompted: Range[]): boolean {
  const length = chapter.end - chapter.start;
  const range: Range = [chapter.start, chapter.end];
  return overlapSeconds(range, prompted) < length / 2 && overlapSeconds(range, pending) >= Math.min(30, length / 2);
}

/** A snooze runs down with the lecture watched (seconds of video), not with the wall clock. */
function tickHeld(held: SchedulerState['held'], watchedSeconds: number): SchedulerState['held'] {
  if (held?.wait.kind !== 'snooze') return held;
  return { ...held, wait: { kind: 'snooze', remainingSeconds: held.wait.remainingSeconds - watchedSeconds } };
}

function mayPrompt(state: SchedulerState): boolean {
  return (
    state.config.enabled &&
    !state.active &&
    !state.editorOpen &&
    !state.adPlaying &&
    state.watchedThisVisit >= FIRST_PROMPT_AFTER_SECONDS
  );
}

function decide(state: SchedulerState, currentTime: number): ScheduleResult {
  const quiet = { state, prompt: null };
  if (!mayPrompt(state)) return quiet;
  let prompt: PromptRequest | null = null;
  if (state.held) {
    const { wait, prompt: held } = state.held;
    const back = wait.kind === 'snooze' ? wait.remainingSeconds <= 0 : currentTime >= wait.time - CHAPTER_END_SLACK;
    if (!back) return quiet;
    if (held.reason === 'chapter') prompt = held;
    // Rewound: the same segment again (a replay that overshoots its end does not move it), and
    // whatever else is pending is settled with it.
    else if (wait.kind === 'reach') prompt = { ...held, covered: mergeRanges(held.covered, state.pending) };
    // Snoozed: the segment grown by what was watched meanwhile.
    else prompt = intervalPrompt(state.pending) ?? held;
  } else if (usesChapters(state)) {
    if (state.dueChapter) {
      const { start, end } = state.dueChapter;
      prompt = { segment: [start, end], covered: [[start, end]], reason: 'chapter' };
    }
  } else if (coveredSeconds(state.pending) >= state.config.intervalSeconds) {
    prompt = intervalPrompt(state.pending);
  }
  if (!prompt) return quiet;
  return { state: { ...state, active: prompt, held: null, dueChapter: null }, prompt };
}

/**
 * A prompt about all the pending time. Its segment spans the pending pieces but leaves out
 * slivers: a fraction of a second left between a step and a prompted range (the video started
 * at 0.009 s on the first visit, at 0 on this one) would otherwise make "1:03-2:06" read
 * "0:00-2:06". The slivers are still settled with the prompt (`covered`).
 */
function intervalPrompt(pending: Range[]): PromptRequest | null {
  const pieces = pending.filter(([start, end]) => end - start >= SLIVER_SECONDS);
  const segment = spanOf(pieces) ?? spanOf(pending);
  return segment ? { segment, covered: pending, reason: 'interval' } : null;
}
