/**
 * Reading the video's own caption tracks (`<track>` WebVTT, and tracks a player adds with
 * `addTextTrack`) without changing what the student sees: a track shown or hidden is read as it
 * is; a track loaded but disabled is switched to `hidden` for the moment of reading and back; a
 * track not loaded is loaded (in `hidden` mode, never `showing`) only when the student chose
 * "load captions for notes", and put back to `disabled` when the lecture ends.
 */
import { cueTextAsSaid, type TimedLine } from './caption-lines';

const CAPTION_KINDS = new Set(['captions', 'subtitles']);
/** HTMLTrackElement.LOADED, written out: the constant is not on every global (tests, old engines). */
const TRACK_LOADED = 2;

function captionTracks(video: HTMLVideoElement): TextTrack[] {
  const tracks: TextTrack[] = [];
  for (let index = 0; index < video.textTracks.length; index++) {
    const track = video.textTracks[index];
    if (track && CAPTION_KINDS.has(track.kind)) tracks.push(track);
  }
  return tracks;
}

/** The `<track>` element of `track`, or null for a track a script added. */
function elementOf(video: HTMLVideoElement, track: TextTrack): HTMLTrackElement | null {
  for (const element of video.querySelectorAll('track')) if (element.track === track) return element;
  return null;
}

/** Its cues are there to read, once its mode is not `disabled` (a script's track has all it will have). */
function isLoaded(video: HTMLVideoElement, track: TextTrack): boolean {
  const element = elementOf(video, track);
  return element === null || element.readyState === TRACK_LOADED;
}

/** The track the student sees (showing), else one a player reads itself (hidden), else a loaded one. */
function readableTrack(video: HTMLVideoElement): TextTrack | null {
  const tracks = captionTracks(video);
  return (
    tracks.find((track) => track.mode === 'showing') ??
    tracks.find((track) => track.mode === 'hidden') ??
    tracks.find((track) => isLoaded(video, track)) ??
    null
  );
}

function linesOf(track: TextTrack): TimedLine[] {
  const lines: TimedLine[] = [];
  const cues = track.cues;
  for (let index = 0; cues && index < cues.length; index++) {
    const cue = cues[index] as (TextTrackCue & { text?: string }) | undefined;
    if (cue && typeof cue.text === 'string') {
      lines.push({ start: cue.startTime, end: cue.endTime, text: cueTextAsSaid(cue.text) });
    }
  }
  return lines;
}

/** The cues of the video's caption track, or [] when it has none to read (never shows or loads one). */
export function trackLines(video: HTMLVideoElement): TimedLine[] {
  const track = readableTrack(video);
  if (!track) return [];
  if (track.mode !== 'disabled') return linesOf(track);
  // Loaded but switched off: its cues come back in `hidden` mode, which shows nothing.
  track.mode = 'hidden';
  try {
    return linesOf(track);
  } finally {
    track.mode = 'disabled';
  }
}

/** The track to load for notes: the page's default, else one in the student's language, else the first. */
function trackToLoad(video: HTMLVideoElement): TextTrack | null {
  const tracks = captionTracks(video);
  const language = navigator.language.toLowerCase().split('-')[0] ?? '';
  return (
    tracks.find((track) => elementOf(video, track)?.default) ??
    tracks.find((track) => track.language.toLowerCase().split('-')[0] === language) ??
    tracks[0] ??
    null
  );
}

/**
 * "Load captions for notes": when the video has caption tracks but none readable, loads one in
 * `hidden` mode (now, and when a track is added later), and puts it back to `disabled` when
 * `signal` aborts, unless the student or the player changed its mode since.
 */
export function loadCaptionsForNotes(video: HTMLVideoElement, signal: AbortSignal): void {
  let loaded: TextTrack | null = null;
  const load = () => {
    if (loaded || signal.aborted || captionTracks(video).some((track) => track.mode !== 'disabled')) return;
    const track = trackToLoad(video);
    if (!track || isLoaded(video, track)) return;
    track.mode = 'hidden';
    loaded = track;
  };
  load();
  video.textTracks.addEventListener('addtrack', load, { signal });
  signal.addEventListener('abort', () => {
    if (loaded?.mode === 'hidden') loaded.mode = 'disabled';
  });
}
