import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * A page's markup clobbering `window[name]`: `<div id=name>` or `<form name=name>` made `element`,
 * put where Chromium shows named elements to content scripts too (the global's prototype chain;
 * happy-dom has no named access). Returns the undo.
 */
export function clobberWindow(name: string, markup: string): () => void {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const element = holder.firstElementChild as Element;
  document.body.append(element);
  // The page's markup is there before any of Lectern's scripts: nothing of theirs by that name yet.
  Reflect.deleteProperty(globalThis, name);
  const named = Object.getPrototypeOf(globalThis) as object;
  Object.defineProperty(named, name, { value: element, configurable: true, writable: true });
  return () => {
    Reflect.deleteProperty(named, name);
    element.remove();
  };
}

/**
 * A replica page of tests/fixtures (`lms/canvas-module-item.html`) parsed as a document; its scripts
 * do not run. Its iframes get an empty `srcdoc`, which happy-dom shows without trying to load a page.
 */
export function fixtureDocument(path: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../../../fixtures', path), 'utf8');
  return new DOMParser().parseFromString(html.replaceAll('<iframe ', '<iframe srcdoc="" '), 'text/html');
}
