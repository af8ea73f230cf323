/**
 * The captions of one lecture video, for its notes: started by the overlay controller when the
 * lecture's video is found (ended with `signal`), asked for the caption when a note is taken.
 * The video's own caption tracks first (text-tracks.ts), else what its player showed in its own
 * markup (dom-captions.ts).
 */
import { captionOf, linesBefore, type TimedLine } from './caption-lines';
import { recordDomCaptions } from './dom-captions';
import { loadCaptionsForNotes, trackLines } from './text-tracks';

export interface LectureCaptions {
  /** What was said in the `seconds` before `time` (cues overlapping them), or null. */
  before(time: number, seconds: number): string | null;
}

export function watchLectureCaptions(
  video: HTMLVideoElement,
  { signal, loadForNotes }: { signal: AbortSignal; loadForNotes: Promise<boolean> },
): LectureCaptions {
  const shown = recordDomCaptions(video, signal);
  void loadForNotes.then((load) => load && loadCaptionsForNotes(video, signal));
  return {
    before(time, seconds) {
      if (seconds <= 0) return null;
      const said = (lines: readonly TimedLine[]) =>
        captionOf(linesBefore(lines, time, seconds).map((line) => line.text));
      return said(trackLines(video)) ?? said(shown.all());
    },
  };
}
