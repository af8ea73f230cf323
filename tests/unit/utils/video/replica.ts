/** A replica document of a platform page: its URL, title and the bits of markup adapters read. */
export function replicaDocument(html: string, title = ''): Document {
  const doc = document.implementation.createHTMLDocument();
  if (title) doc.title = title;
  doc.body.innerHTML = html;
  return doc;
}

/** A document whose <head> holds `head` (meta and link tags) and whose body holds `body`. */
export function pageWith(head: string, body = '', title = ''): Document {
  const doc = document.implementation.createHTMLDocument();
  // happy-dom ignores createHTMLDocument's title argument.
  if (title) doc.title = title;
  doc.head.insertAdjacentHTML('beforeend', head);
  doc.body.insertAdjacentHTML('beforeend', body);
  return doc;
}

export function videoWithSrc(src: string): HTMLVideoElement {
  const video = document.createElement('video');
  video.src = src;
  return video;
}
