/**
 * ETags as servers send them. A weak one (`W/"…"`) says "about the same content"; `If-Match`
 * needs a strong one (RFC 9110 §13.1.1), so a server answers 412 to a weak one whatever it holds.
 * Apache gives a weak ETag to a file written less than a second ago (its clock cannot yet tell two
 * writes in that second apart) and the same tag, strong, a second later: measured with Debian's
 * apache2, `W/"5-661a4b218b142"` then `"5-661a4b218b142"` (tests/unit/utils/sync/webdav.test.ts).
 */

export function isWeakEtag(etag: string): boolean {
  return etag.startsWith('W/');
}

/** The tag without its weakness mark: `W/"x"` → `"x"`. */
export function opaqueEtag(etag: string): string {
  return isWeakEtag(etag) ? etag.slice(2) : etag;
}

/**
 * The weak comparison of RFC 9110 §8.8.3.2: equal opaque tags, weak or not. Use it to ask "has
 * this file changed since I read it?" (a listing a second later shows the strong form of the weak
 * tag a write returned: the same file).
 */
export function sameEtag(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && opaqueEtag(a) === opaqueEtag(b);
}
