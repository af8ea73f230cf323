import { isHost, type PlatformAdapter, platformTitle } from './platform';

const ENTRY = /^[0-9]_[0-9a-z]{8}$/i;

/**
 * Kaltura players: the entry id is in the query (`entry_id=1_abcd1234`), in the path
 * (`/entry_id/1_abcd1234`, MediaSpace `/media/<slug>/1_abcd1234`), or on the page.
 * Matches Kaltura hosts and any frame whose URL carries an entry id (an LMS's own Kaltura proxy).
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

export const kaltura = {
  id: 'kaltura',
  matches: (url) => isHost(url, 'kaltura.com') || kalturaEntryId(url, null) !== null,
  lectureKey: (url, doc) => {
    const id = kalturaEntryId(url, doc);
    return id ? `kaltura:${id}` : null;
  },
  title: (doc) => platformTitle(doc, ['.entry-title', '.entryTitle', 'h1'], /\s+[-|]\s+(?:Kaltura|MediaSpace).*$/),
} satisfies PlatformAdapter<'kaltura'>;
