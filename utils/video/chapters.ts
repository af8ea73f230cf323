/**
 * Chapters in general: a video's own `<track kind="chapters">` cues (any player), and the rules a
 * platform's chapter list is read with (clock times, starts → ranges). Which platform lists
 * chapters where is the platform's own part (platforms/<name>-player.ts); the registry
 * (platforms/registry.ts `chaptersOf`) decides which chapters a lecture has.
 */
import type { Chapter } from '../prompts/scheduler';

export interface CueLike {
  startTime: number;
  endTime: number;
  text: string;
}

/** Chapters from cues, sorted; zero-length and non-finite cues dropped. */
export function chaptersFromCues(cues: readonly CueLike[]): Chapter[] {
  return cues
    .filter((cue) => Number.isFinite(cue.startTime) && Number.isFinite(cue.endTime) && cue.endTime > cue.startTime)
    .map((cue) => ({ start: cue.startTime, end: cue.endTime, title: cue.text.trim() }))
    .sort((a, b) => a.start - b.start);
}

/** `1:02:03`, `12:34` or `0:05` → seconds; null if it is not a time. */
export function parseClockTime(text: string): number | null {
  const match = /^\s*(?:(\d+):)?(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Chapters from starts and titles: each ends at the next start, the last at `duration`. */
export function chaptersFromStarts(starts: { start: number; title: string }[], duration: number): Chapter[] {
  const sorted = [...starts].sort((a, b) => a.start - b.start);
  return sorted
    .map((chapter, index) => ({ ...chapter, end: sorted[index + 1]?.start ?? duration }))
    .filter((chapter) => chapter.end > chapter.start);
}

/** The video's chapters track cues (it is switched to `hidden` so the browser loads them). */
export function trackChapters(video: HTMLVideoElement): Chapter[] {
  const tracks = video.textTracks;
  for (let index = 0; index < (tracks?.length ?? 0); index++) {
    const track = tracks[index];
    if (track?.kind !== 'chapters') continue;
    if (track.mode === 'disabled') track.mode = 'hidden';
    const cues = track.cues;
    if (!cues || cues.length === 0) continue;
    const list: CueLike[] = [];
    for (let cueIndex = 0; cueIndex < cues.length; cueIndex++) {
      const cue = cues[cueIndex] as (TextTrackCue & { text?: string }) | undefined;
      if (cue) list.push({ startTime: cue.startTime, endTime: cue.endTime, text: cue.text ?? '' });
    }
    return chaptersFromCues(list);
  }
  return [];
}
