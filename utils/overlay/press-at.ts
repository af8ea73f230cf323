/**
 * In the overlay's UI: does what a click at (x, y) would do (a click the page side caught over a
 * bare fullscreen video, utils/overlay/bare-clicks.ts), for the two controls a relayed press may
 * reach: Add note and Notes (marked RELAYED_PRESS in components/overlay/OverlayBar.tsx). Anything
 * else there (an offer, a note's Delete, a draft's Discard) is left alone: the press has taken the
 * student out of fullscreen, where they click it themselves. Found by boxes, not hit-testing: the
 * browser may still hold this document inert at that moment (outside the fullscreen element).
 */
const CONTROLS = 'button, a[href], summary, input, textarea, select, [tabindex]';

/** The attribute that lets a relayed press reach a control: nothing else is pressed. */
export const RELAYED_PRESS = 'data-relayed-press';

/** The innermost control whose box holds the point. */
export function controlAt(doc: Document, x: number, y: number): HTMLElement | null {
  const controls = doc.querySelectorAll<HTMLElement>(CONTROLS);
  let found: HTMLElement | null = null;
  for (let index = 0; index < controls.length; index++) {
    const control = controls[index] as HTMLElement;
    const box = control.getBoundingClientRect();
    if (x >= box.left && x < box.right && y >= box.top && y < box.bottom) found = control;
  }
  return found;
}

export function pressAt(doc: Document, x: number, y: number): boolean {
  const control = controlAt(doc, x, y);
  if (!control?.hasAttribute(RELAYED_PRESS) || control.matches(':disabled')) return false;
  control.focus();
  control.click();
  return true;
}
