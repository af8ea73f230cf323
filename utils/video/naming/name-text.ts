/**
 * The text of a lecture's name: cleaned of control characters and runs of spaces, judged
 * (a name needs a letter: one made only of whitespace, digits or punctuation says nothing to a
 * student), and cut to fit the library's 500 characters at a word, with an ellipsis.
 */

/** Control characters (not the bidi marks of a right-to-left title) and runs of whitespace collapsed; trimmed. */
export function cleanName(text: string): string {
  return text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name says something: it has at least one letter, in any script ("١٢" or "3 — 4" do not). */
export function isMeaningfulName(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** The first candidate that is a meaningful name once cleaned, else ''. */
export function firstMeaningfulName(candidates: Iterable<string>): string {
  for (const candidate of candidates) {
    const clean = cleanName(candidate);
    if (isMeaningfulName(clean)) return clean;
  }
  return '';
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * `text` in at most `max` characters (UTF-16 units, as the sighting's schema counts): unchanged
 * when it fits, else cut at the last word break in the second half of the room (or mid-word in a
 * script without spaces), never inside a surrogate pair, trailing separators dropped, and "…" added.
 */
export function shortenName(text: string, max = 500): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (HIGH_SURROGATE.test(text.charAt(cut - 1))) cut--;
  const space = text.lastIndexOf(' ', cut);
  if (space > max / 2) cut = space;
  return `${text.slice(0, cut).replace(/[\s|,;:·\-–—]+$/u, '')}…`;
}
