/**
 * The shadow root of an element, open or closed where the browser lets an extension see it:
 * Firefox gives content scripts `element.openOrClosedShadowRoot`, Chrome has
 * `chrome.dom.openOrClosedShadowRoot(element)`. Closed roots are looked for on custom elements
 * only (a hyphen in the tag name): that is where players put them, and the extension call costs
 * more than the plain `shadowRoot` getter on every element of a busy page.
 */
type WithClosedRoot = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
type ChromeDom = { dom?: { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null } };

export function shadowRootOf(element: Element): ShadowRoot | null {
  const open = element.shadowRoot;
  if (open || !element.localName.includes('-')) return open;
  const firefox = (element as WithClosedRoot).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  try {
    return (globalThis as unknown as { chrome?: ChromeDom }).chrome?.dom?.openOrClosedShadowRoot?.(element) ?? null;
  } catch {
    return null;
  }
}
