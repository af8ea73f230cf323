/**
 * In the overlay's UI: does what a click at (x, y) would do (a click the page side caught over a
 * bare fullscreen video, utils/overlay/bare-clicks.ts): clicks the button, link or box there, or
 * focuses the text field there. Found by boxes, not hit-testing: the browser may still hold this
 * document inert at that moment (outside the fullscreen element).
 */
const CONTROLS = 'button, a[href], summary, input, textarea, select, [tabindex]';
const TEXT_FIELDS = 'textarea, select, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"])';

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
  if (!control || control.matches(':disabled')) return false;
  control.focus();
  if (!control.matches(TEXT_FIELDS)) control.click();
  return true;
}
