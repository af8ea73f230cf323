/**
 * Which video on a page is THE lecture: a pure decision over measured facts (video-facts.ts
 * measures them), so the rules are tested without a browser.
 *
 * - A video without a source yet, hidden, or thumbnail-sized is never the lecture.
 * - A muted video without controls that plays by itself (autoplay or loop) is a preview, a
 *   background loop or an outstream ad: never the lecture, unless it runs in sync with the
 *   lecture (same duration and position), as the camera stream beside Panopto's slides does;
 *   then it is a companion of the lecture. A companion is silent or has no controls of its own.
 * - Among the rest: the one playing; else the one the student played or touched last (`active`: a
 *   page with two players, the student watching the smaller one); else the largest visible one,
 *   with a boost for controls and sound.
 * - The lecture already chosen (`current`) is never taken for a preview: a student who mutes a
 *   lecture in a player that draws its own controls (YouTube, Plyr, video.js) keeps it.
 */
export interface VideoFacts {
  width: number;
  height: number;
  /** Part of the video inside the viewport, 0 to 1. */
  visibleFraction: number;
  hidden: boolean;
  hasSource: boolean;
  controls: boolean;
  muted: boolean;
  autoplay: boolean;
  loop: boolean;
  paused: boolean;
  currentTime: number;
  duration: number;
  /** The element or a close ancestor is marked as an ad (id or class). */
  adLike: boolean;
}

export interface LectureChoice {
  main: number;
  companions: number[];
}

const MIN_WIDTH = 200;
const MIN_HEIGHT = 110;

export function isPreview(video: VideoFacts): boolean {
  return video.muted && !video.controls && (video.autoplay || video.loop || !video.paused);
}

function isEligible(video: VideoFacts): boolean {
  return video.hasSource && !video.hidden && video.width >= MIN_WIDTH && video.height >= MIN_HEIGHT && !video.adLike;
}

export function lectureScore(video: VideoFacts): number {
  const area = video.width * video.height;
  let score = area * (0.25 + 0.75 * video.visibleFraction);
  if (video.controls) score *= 1.5;
  if (!video.muted) score *= 1.5;
  return score;
}

/** Two streams of one recording: same known duration, same position (within a second or two). */
export function isInSync(a: VideoFacts, b: VideoFacts): boolean {
  // An unknown (NaN) or endless (Infinity) duration fails both comparisons.
  return a.duration > 0 && Math.abs(a.duration - b.duration) < 1 && Math.abs(a.currentTime - b.currentTime) < 2;
}

/**
 * `current`: the index of the lecture chosen last time, if it is still among `videos`; `active`:
 * the index of the video the student played or touched last, if any.
 */
export function chooseLecture(videos: readonly VideoFacts[], current?: number, active?: number): LectureChoice | null {
  let main = -1;
  let best = 0;
  videos.forEach((video, index) => {
    if (!isEligible(video) || (index !== current && isPreview(video))) return;
    // Playing first, then the one played or touched last, then by size: tiers far apart.
    const score = lectureScore(video) + (video.paused ? (index === active ? 1e9 : 0) : 2e9);
    if (score > best) {
      best = score;
      main = index;
    }
  });
  if (main < 0) return null;
  const lecture = videos[main] as VideoFacts;
  const companions: number[] = [];
  videos.forEach((video, index) => {
    const isSecondary = video.muted || !video.controls; // silent, or no controls of its own
    if (isSecondary && index !== main && isEligible(video) && isInSync(lecture, video)) companions.push(index);
  });
  return { main, companions };
}
