/** Where focus is in the lecture's page, and giving it back there once Lectern's UI is done. */

/** The focused element, inside open shadow roots too. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focus back to `target` in the page (or to the page itself) from the overlay's iframe. */
export function giveFocusBack(iframe: HTMLIFrameElement, target: Element | null) {
  if (target instanceof HTMLElement && target.isConnected && target !== document.body) {
    target.focus({ preventScroll: true });
    return;
  }
  iframe.blur();
  window.focus();
}
