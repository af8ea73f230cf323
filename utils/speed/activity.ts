/**
 * What the speed rule needs to know about the frame and the video (./rule.ts): when the student
 * last clicked or pressed a key here (trusted events only: a page cannot fake one), and when the
 * video last had a playback event a click can cause and a player answers with a rate reset.
 */
export const GESTURE_EVENTS = ['pointerdown', 'pointerup', 'click', 'keydown'] as const;
export const MEDIA_EVENTS = ['emptied', 'loadstart', 'loadedmetadata', 'canplay', 'play', 'seeking'] as const;

export interface PlaybackActivity {
  /** `performance.now()` of the last trusted gesture in this frame, or null. */
  gestureAt(): number | null;
  /** `performance.now()` of the video's last playback event, or null. */
  mediaEventAt(): number | null;
}

export function watchActivity(video: HTMLMediaElement, signal: AbortSignal): PlaybackActivity {
  let gestureAt: number | null = null;
  let mediaEventAt: number | null = null;
  const options = { capture: true, passive: true, signal } as const;
  for (const type of GESTURE_EVENTS) {
    window.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) gestureAt = performance.now();
      },
      options,
    );
  }
  for (const type of MEDIA_EVENTS) {
    video.addEventListener(
      type,
      () => {
        mediaEventAt = performance.now();
      },
      options,
    );
  }
  return { gestureAt: () => gestureAt, mediaEventAt: () => mediaEventAt };
}

/** The video is loading a new source and has no metadata yet (a player's rate now is set-up, not a choice). */
export function isLoadingSource(video: HTMLMediaElement): boolean {
  return video.readyState === HTMLMediaElement.HAVE_NOTHING && video.networkState !== HTMLMediaElement.NETWORK_IDLE;
}

/** `navigator.userActivation.isActive`, where the browser has it. */
export function isUserActive(): boolean {
  return (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? false;
}
