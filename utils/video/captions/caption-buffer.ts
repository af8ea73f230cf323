/**
 * A small rolling record of the caption lines a player showed in its own markup (YouTube's caption
 * segments, a transcript's current phrase), with the video time each appeared and went: such
 * players show only the current line, so the words said a few seconds before a note are gone from
 * the page when the note is taken. Fed by dom-captions.ts; pure otherwise.
 */
import type { TimedLine } from './caption-lines';

/** Lines kept at most (several minutes of speech); the oldest go first. */
const MAX_LINES = 200;

export class CaptionBuffer {
  private readonly lines: TimedLine[] = [];
  /** The lines shown now (their entries in `lines`, still open). */
  private shown: TimedLine[] = [];

  /** The player shows `texts` at video time `time`: new lines open, lines gone close, a line that grew is updated. */
  show(texts: readonly string[], time: number): void {
    const now = texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const next: TimedLine[] = [];
    for (const text of now) {
      const same = this.shown.find((line) => line.text === text && !next.includes(line));
      const grown = same ?? this.shown.find((line) => text.startsWith(line.text) && !next.includes(line));
      if (grown) {
        grown.text = text;
        next.push(grown);
        continue;
      }
      const line: TimedLine = { start: time, end: null, text };
      this.lines.push(line);
      next.push(line);
    }
    for (const line of this.shown) if (!next.includes(line)) line.end = Math.max(line.start, time);
    this.shown = next;
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
  }

  /** Every line kept, oldest first. */
  all(): readonly TimedLine[] {
    return this.lines;
  }
}
