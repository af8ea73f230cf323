/**
 * What names a player in its page: its accessible name (aria-label, aria-labelledby, title, a
 * figure's caption, on the video or a container around it) or the nearest heading before it in
 * reading order. Reads only the elements passed in; labels that name a player rather than a
 * lecture ("Kaltura Player", "Video player") are skipped.
 */
import { cleanName, isMeaningfulName } from './name-text';
import { isGenericPlayerLabel } from './player-label';

/** How far up from the video a container still counts as "the player" (video.js, Plyr wrap it 2–4 deep). */
const PLAYER_DEPTH = 5;
/** Headings looked at, nearest first, before giving up: past these, a heading labels the page, not the player. */
const HEADINGS_TRIED = 3;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The element, or its shadow host when it is a shadow root's top: one step up, across shadow roots. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root && 'host' in root ? (root.host as Element) : null;
}

const isNameworthy = (text: string) => isMeaningfulName(text) && !isGenericPlayerLabel(text);

function labelledBy(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
}

function ownLabels(element: Element): string[] {
  const caption = element.localName === 'figure' ? element.querySelector(':scope > figcaption')?.textContent : '';
  return [
    labelledBy(element),
    element.getAttribute('aria-label') ?? '',
    element.getAttribute('title') ?? '',
    caption ?? '',
  ];
}

/** The player's accessible name: on the video, else the closest labelled container (a few levels up). */
export function playerAccessibleName(video: Element): string {
  let element: Element | null = video;
  for (let depth = 0; element && depth <= PLAYER_DEPTH && element.localName !== 'body'; depth++) {
    for (const label of ownLabels(element)) {
      const clean = cleanName(label);
      if (isNameworthy(clean)) return clean;
    }
    element = parentOf(element);
  }
  return '';
}

/** The element in the document proper that holds the video (its outermost shadow host, or itself). */
function inDocument(video: Element): Element {
  let element = video;
  for (let root = element.getRootNode(); root && 'host' in root; root = element.getRootNode())
    element = root.host as Element;
  return element;
}

/** Hidden from everyone (`hidden`, aria-hidden, or not rendered: a collapsed menu's heading); a visually-hidden heading counts. */
const isHidden = (element: Element) =>
  element.closest('[hidden], [aria-hidden="true"]') !== null || element.checkVisibility?.() === false;

/**
 * The nearest heading before the video in reading order (its shadow host's, for a video in a
 * shadow root) whose text, passed through `clean` (e.g. the site's name removed), is a name.
 */
export function headingBeforePlayer(video: Element, clean: (text: string) => string = cleanName): string {
  const anchor = inDocument(video);
  const before: Element[] = [];
  for (const heading of anchor.ownerDocument.querySelectorAll(HEADINGS)) {
    if (!(heading.compareDocumentPosition(anchor) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (!heading.contains(anchor)) before.push(heading);
  }
  let tried = 0;
  for (const heading of before.reverse()) {
    if (isHidden(heading)) continue;
    const name = clean(cleanName(heading.textContent ?? ''));
    if (isNameworthy(name)) return name;
    if (++tried === HEADINGS_TRIED) break;
  }
  return '';
}
