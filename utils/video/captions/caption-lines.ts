/**
 * Caption lines with their video times, and the caption a note keeps: the lines overlapping the
 * seconds before the note's time, cleaned of WebVTT markup, without the repeats of roll-up
 * captions, capped to the latest words. Pure.
 */
import { MAX_CAPTION_LENGTH } from '../../model/kinds';

/** A caption line shown from `start` to `end` (video seconds; `end` null: still shown). */
export interface TimedLine {
  start: number;
  end: number | null;
  text: string;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  lrm: '',
  rlm: '',
};

/** A cue's text as said: WebVTT tags (`<v Speaker>`, `<c.x>`, `<b>`, timestamps) and entities gone, one line. */
export function cueTextAsSaid(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|nbsp|quot|apos|lrm|rlm);/g, (_all, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The lines shown at some moment of [time - seconds, time], in the order they appeared. */
export function linesBefore(lines: readonly TimedLine[], time: number, seconds: number): TimedLine[] {
  const from = time - seconds;
  return lines
    .filter((line) => line.start <= time && (line.end === null || line.end >= from) && line.text !== '')
    .sort((a, b) => a.start - b.start);
}

/**
 * The caption a note keeps from these lines: repeats dropped (a roll-up line shown again, a line
 * that grew word by word keeps its last form), joined by spaces; over MAX_CAPTION_LENGTH, the
 * latest words are kept. Null when nothing was said.
 */
export function captionOf(lines: readonly string[]): string | null {
  const kept: string[] = [];
  for (const line of lines) {
    const text = line.replace(/\s+/g, ' ').trim();
    const last = kept[kept.length - 1];
    if (!text || kept.includes(text)) continue;
    if (last !== undefined && text.startsWith(last)) kept[kept.length - 1] = text;
    else if (last === undefined || !last.endsWith(text)) kept.push(text);
  }
  const caption = kept.join(' ');
  if (!caption) return null;
  if (caption.length <= MAX_CAPTION_LENGTH) return caption;
  const tail = caption.slice(caption.length - (MAX_CAPTION_LENGTH - 1));
  const wordStart = tail.indexOf(' ');
  return `…${wordStart > 0 && wordStart < 40 ? tail.slice(wordStart + 1) : tail}`;
}
