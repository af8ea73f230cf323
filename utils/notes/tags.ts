/** `#tags` written inline in a note: letters, digits, `-` and `_`, any script. Lower-cased, unique. */
const TAG = /(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_-]{1,40})/gu;

export function parseTags(text: string): string[] {
  const tags = new Set<string>();
  for (const match of text.matchAll(TAG)) if (match[1]) tags.add(match[1].toLowerCase());
  return [...tags];
}
