/**
 * Turning the caption said before a note (utils/video/captions/) into the note's text: the editor's
 * "Use caption" button and its key. Pure, imports nothing: the overlay's frame bundles it.
 */

/** The key that uses the caption, as the editor's hint and `aria-keyshortcuts` name it. */
export const USE_CAPTION_KEY = 'Alt+C';

/** Alt+C (by its code, whatever the layout; on a Mac, Option+C would otherwise type "ç"). */
export function isUseCaptionKey(event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey'>): boolean {
  return event.code === 'KeyC' && event.altKey && !event.ctrlKey && !event.metaKey;
}

/**
 * The note's text with the caption used: an empty note becomes the caption; otherwise the caption
 * replaces the selection (or goes in at the cursor), set apart from the words around it by a space.
 * `cursor`: where the caret goes, just after the caption, for the student to edit on.
 */
export function withCaption(
  text: string,
  caption: string,
  selectionStart = text.length,
  selectionEnd = selectionStart,
): { text: string; cursor: number } {
  if (text.trim() === '') return { text: caption, cursor: caption.length };
  const before = text.slice(0, selectionStart);
  const after = text.slice(selectionEnd);
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const trail = after === '' || /^\s/.test(after) ? '' : ' ';
  const inserted = `${lead}${caption}${trail}`;
  return { text: `${before}${inserted}${after}`, cursor: before.length + lead.length + caption.length };
}
