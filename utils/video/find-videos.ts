/** Finds `<video>` elements in a document, including inside open shadow roots. */
export function findVideos(root: Document | ShadowRoot = document): HTMLVideoElement[] {
  const found = Array.from(root.querySelectorAll('video'));
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...findVideos(element.shadowRoot));
  }
  return found;
}
