/**
 * Reads a WebDAV `207 Multi-Status` answer to PROPFIND without DOMParser (a Chrome MV3 service
 * worker has none). A small, tolerant reader: it walks the tags in order, ignores namespace
 * prefixes (`D:`, `d:`, `lp1:`, none), comments, processing instructions and anything it does not
 * know, decodes entities and CDATA, and keeps per `<response>` only what sync needs from the
 * propstat whose status is 200. It never throws on odd input; it returns what it could read, and
 * `null` when there is no multistatus at all (the caller says "not WebDAV").
 */

export interface MultistatusEntry {
  /** The `<href>` as sent (a path or a full URL, percent-encoded). */
  href: string;
  isFolder: boolean;
  etag: string | null;
  size: number;
  /** Epoch milliseconds, or null when missing or unreadable. */
  lastModified: number | null;
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function localName(tag: string): string {
  const colon = tag.lastIndexOf(':');
  return (colon === -1 ? tag : tag.slice(colon + 1)).toLowerCase();
}

interface Draft {
  href: string;
  props: Partial<Omit<MultistatusEntry, 'href'>>;
  propstat: Partial<Omit<MultistatusEntry, 'href'>>;
  propstatStatus: number | null;
}

function statusCode(text: string): number | null {
  const match = /HTTP\/[\d.]+\s+(\d{3})/i.exec(text);
  return match ? Number(match[1]) : null;
}

function parseDate(text: string): number | null {
  const time = Date.parse(text);
  return Number.isFinite(time) ? time : null;
}

/** The entries of a multistatus body, or null when the body holds no `<multistatus>`. */
export function parseMultistatus(xml: string): MultistatusEntry[] | null {
  const entries: MultistatusEntry[] = [];
  const path: string[] = [];
  let sawMultistatus = false;
  let draft: Draft | null = null;
  let text = '';
  for (const match of xml.matchAll(TOKEN)) {
    const [, cdata, closing, rawTag, , selfClosing, chars] = match;
    if (cdata !== undefined || chars !== undefined) {
      text += cdata ?? decodeEntities(chars as string);
      continue;
    }
    if (rawTag === undefined) continue;
    const tag = localName(rawTag);
    if (!closing) {
      if (tag === 'multistatus') sawMultistatus = true;
      if (tag === 'response') draft = { href: '', props: {}, propstat: {}, propstatStatus: null };
      if (tag === 'propstat' && draft) {
        draft.propstat = {};
        draft.propstatStatus = null;
      }
      if (tag === 'collection' && draft && path.includes('resourcetype')) draft.propstat.isFolder = true;
      text = '';
      if (!selfClosing) path.push(tag);
      continue;
    }
    // A closing tag: tolerate mismatches by unwinding to the nearest open tag of that name.
    const at = path.lastIndexOf(tag);
    if (at !== -1) path.length = at;
    const value = text.trim();
    text = '';
    if (!draft) continue;
    if (tag === 'href' && path[path.length - 1] === 'response') draft.href = value;
    else if (tag === 'status' && path[path.length - 1] === 'propstat') draft.propstatStatus = statusCode(value);
    else if (tag === 'getetag') draft.propstat.etag = value || null;
    else if (tag === 'getcontentlength') draft.propstat.size = Number(value) || 0;
    else if (tag === 'getlastmodified') draft.propstat.lastModified = parseDate(value);
    else if (tag === 'propstat') {
      // Only the properties the server found (200); a missing status is read as found.
      if (draft.propstatStatus === null || draft.propstatStatus === 200) {
        draft.props = { ...draft.props, ...draft.propstat };
      }
    } else if (tag === 'response') {
      if (draft.href) {
        entries.push({
          href: draft.href,
          isFolder: draft.props.isFolder ?? draft.href.endsWith('/'),
          etag: draft.props.etag ?? null,
          size: draft.props.size ?? 0,
          lastModified: draft.props.lastModified ?? null,
        });
      }
      draft = null;
    }
  }
  return sawMultistatus ? entries : null;
}
