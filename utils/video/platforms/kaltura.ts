import { isHost, type PlatformAdapter, textOf } from './platform';

const ENTRY = /^[0-9]_[0-9a-z]{8}$/i;

/**
 * Kaltura players: the entry id is in the query (`entry_id=1_abcd1234`), in the path
 * (`/entry_id/1_abcd1234`, MediaSpace `/media/<slug>/1_abcd1234`), or on the page.
 */
export function kalturaEntryId(url: URL, doc: Document | null): string | null {
  const fromQuery = url.searchParams.get('entry_id') ?? url.searchParams.get('entryId');
  if (fromQuery && ENTRY.test(fromQuery)) return fromQuery;
  const fromPath = /\/(?:entry_id|entryId)\/([0-9]_[0-9a-z]{8})(?:[/?]|$)/i.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const media = /\/media\/(?:[^/]+\/)?([0-9]_[0-9a-z]{8})(?:[/?]|$)/i.exec(url.pathname)?.[1];
  if (media) return media;
  const attribute = doc?.querySelector('[data-entry-id]')?.getAttribute('data-entry-id');
  return attribute && ENTRY.test(attribute) ? attribute : null;
}

/**
 * Kaltura's own hosts only (its players, MediaSpace, KAF: an LMS frames them): any other page can
 * put `?entry_id=` in its address, and would claim that Kaltura lecture, its notes and progress.
 */
export const kaltura = {
  id: 'kaltura',
  matches: (url) => isHost(url, 'kaltura.com'),
  lectureKey: (url, doc) => {
    const id = kalturaEntryId(url, doc);
    return id ? `kaltura:${id}` : null;
  },
  /** The entry's name: the player's title bar (v2 `.titleLabel`, v7 `.playkit-title`), MediaSpace's heading. */
  title: (doc) => textOf(doc, ['.entry-title', '.entryTitle', '#entryTitle', '.titleLabel', '.playkit-title']),
  siteNames: ['Kaltura', 'Kaltura MediaSpace', 'MediaSpace'],
  nameInTitle: (title) => title.replace(/\s+[-|]\s+(?:Kaltura|MediaSpace)\b.*$/, ''),
} satisfies PlatformAdapter<'kaltura'>;
