import { type PlatformAdapter, textOf } from './platform';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** <tenant>.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=<guid> (and Embed.aspx). */
export const panopto = {
  id: 'panopto',
  matches: (url) => /(^|\.)panopto\.(com|eu)$/.test(url.hostname),
  lectureKey: (url) => {
    const id = url.searchParams.get('id') ?? url.searchParams.get('sessionId');
    return id && GUID.test(id) ? `panopto:${id.toLowerCase()}` : null;
  },
  /** The viewer's and the embed's delivery title. */
  title: (doc) => textOf(doc, ['#deliveryTitle', '.viewer-title', '.delivery-title']),
  siteNames: ['Panopto'],
} satisfies PlatformAdapter<'panopto'>;
