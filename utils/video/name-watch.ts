/**
 * Re-reading a lecture's name after its video appeared: a single-page app often shows the lecture
 * (its heading, its tab title) after the player, or leaves a stale title until it loads. Runs in
 * the identity script of a lecture frame only, from the first sighting until the background keeps
 * its own name (the student took a note or renamed it) or the lecture changes.
 *
 * Cost: one MutationObserver on the frame's document; a batch of changes only arms one timer, and
 * the name is read again once per `delayMs` at most, however busy the page.
 */

/** Calls `read` (at most once per `delayMs`) after the document changes; returns the stop. */
export function watchLectureName(doc: Document, read: () => void, delayMs = 1000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      read();
    }, delayMs);
  });
  observer.observe(doc, {
    subtree: true,
    childList: true,
    characterData: true,
    attributeFilter: ['aria-label', 'aria-labelledby', 'title', 'content', 'hidden'],
  });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
