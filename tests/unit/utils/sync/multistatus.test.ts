import { describe, expect, it } from 'vitest';
import { parseMultistatus } from '@/utils/sync/multistatus';

/** As Nextcloud answers: `d:` prefix, full paths, a 404 propstat for properties it lacks. */
const NEXTCLOUD = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns">
 <d:response>
  <d:href>/remote.php/dav/files/ada/Lectern/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype>
   <d:getlastmodified>Tue, 01 Dec 2026 10:00:00 GMT</d:getlastmodified><d:getetag>&quot;6750a1&quot;</d:getetag>
  </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
 </d:response>
 <d:response>
  <d:href>/remote.php/dav/files/ada/Lectern/note%20%C3%A9.json</d:href>
  <d:propstat><d:prop><d:resourcetype/><d:getcontentlength>42</d:getcontentlength>
   <d:getlastmodified>Tue, 01 Dec 2026 10:00:05 GMT</d:getlastmodified><d:getetag>"abc&amp;1"</d:getetag>
  </d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
</d:multistatus>`;

describe('parseMultistatus', () => {
  it('reads a Nextcloud-style listing: folders, files, entities, only the found properties', () => {
    expect(parseMultistatus(NEXTCLOUD)).toEqual([
      {
        href: '/remote.php/dav/files/ada/Lectern/',
        isFolder: true,
        etag: '"6750a1"',
        size: 0,
        lastModified: Date.parse('2026-12-01T10:00:00Z'),
      },
      {
        href: '/remote.php/dav/files/ada/Lectern/note%20%C3%A9.json',
        isFolder: false,
        etag: '"abc&1"',
        size: 42,
        lastModified: Date.parse('2026-12-01T10:00:05Z'),
      },
    ]);
  });

  it("reads Apache's mixed prefixes, weak ETags, a default namespace and CDATA", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<multistatus xmlns="DAV:"><!-- a comment with <href>nope</href> -->
<response xmlns:lp1="DAV:"><href><![CDATA[http://host/dav/a.json]]></href><propstat><prop>
<lp1:resourcetype/><lp1:getetag>W/"5-661a"</lp1:getetag><lp1:getcontentlength>5</lp1:getcontentlength>
</prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`;
    expect(parseMultistatus(xml)).toEqual([
      { href: 'http://host/dav/a.json', isFolder: false, etag: 'W/"5-661a"', size: 5, lastModified: null },
    ]);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>'],
    ['nothing', ''],
    ['JSON', '{"multistatus": []}'],
  ])('says there is no multistatus in %s', (_, body) => {
    expect(parseMultistatus(body)).toBeNull();
  });

  it('keeps what it could read from a truncated or mangled answer, without throwing', () => {
    const xml = '<D:multistatus xmlns:D="DAV:"><D:response><D:href>/a</D:href><D:propstat><D:prop><D:getetag>"1"';
    expect(parseMultistatus(xml)).toEqual([]);
    const unclosed = '<D:multistatus><D:response><D:href>/b</D:href><D:junk></D:response></D:multistatus>';
    expect(parseMultistatus(unclosed)).toEqual([
      { href: '/b', isFolder: false, etag: null, size: 0, lastModified: null },
    ]);
  });
});
