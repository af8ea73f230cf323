/**
 * Whose rate change was it: the student's (remember it) or the player's (put the remembered speed
 * back)? A pure function of what the page side saw, with the times as arguments (the rule is
 * written out in ./README.md, "The rule"). Lectern never fights the student: a change that follows
 * the student's own click or key press, and no playback event that click caused, is the student's.
 */
import { isPlayableRate, sameRate } from './rates';

/** A trusted click or key press at most this long before the change may have made it. */
export const GESTURE_WINDOW_MS = 1000;
/** `navigator.userActivation` stays active about this long after a gesture we may not have seen. */
export const ACTIVATION_WINDOW_MS = 5000;

export interface RateChange {
  /** The video's playbackRate after the change. */
  rate: number;
  /** The speed Lectern keeps for this lecture, or null (none yet: nothing to put back). */
  remembered: number | null;
  /** Ms since the student's last trusted pointer or key event in this frame; null: none seen. */
  sinceGesture: number | null;
  /** `navigator.userActivation.isActive` at the change: a gesture, perhaps in another frame. */
  userActive: boolean;
  /**
   * Ms since the video's last playback event a click can cause and a player answers with a reset:
   * a source change (`emptied`, `loadstart`, `loadedmetadata`), `canplay`, `play`, `seeking`. Null:
   * none since Lectern watches this video.
   */
  sinceMediaEvent: number | null;
  /** The video is loading a new source and has no metadata yet (readyState 0, a load under way). */
  loading: boolean;
}

/** `same`: it is the remembered speed already. `student`: remember it. `player`: put the remembered one back. */
export type RateVerdict = 'same' | 'student' | 'player';

export function judgeRateChange(change: RateChange): RateVerdict {
  const { rate, remembered, sinceGesture, sinceMediaEvent } = change;
  if (remembered !== null && sameRate(rate, remembered)) return 'same';
  if (!isPlayableRate(rate) || change.loading) return 'player';
  const gestureIsFresh = sinceGesture !== null && sinceGesture <= GESTURE_WINDOW_MS;
  // The gesture came after the last playback event: it was not the click that started a load or
  // playback (which players answer with a reset), it was a choice.
  const gestureAfterEvent = sinceMediaEvent === null || (sinceGesture !== null && sinceGesture < sinceMediaEvent);
  if (gestureIsFresh && gestureAfterEvent) return 'student';
  // A gesture we could not see (activation from a child frame): the student's unless a playback
  // event since could have been its doing.
  if (
    sinceGesture === null &&
    change.userActive &&
    (sinceMediaEvent === null || sinceMediaEvent > ACTIVATION_WINDOW_MS)
  )
    return 'student';
  return 'player';
}

/** A player that resets the rate again and again gets this many restores in RESTORE_SPAN_MS, then Lectern lets go. */
export const MAX_RESTORES = 8;
export const RESTORE_SPAN_MS = 10_000;

/** Whether Lectern may put the speed back once more, given when it did before (ms). */
export function mayRestore(restoredAt: readonly number[], now: number): boolean {
  return restoredAt.filter((at) => now - at < RESTORE_SPAN_MS).length < MAX_RESTORES;
}
