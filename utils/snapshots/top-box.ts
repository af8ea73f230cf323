/**
 * Where an element is in the top page, in CSS pixels: its box in its own frame plus each
 * enclosing frame's content-box offset, frame by frame up to the top. Null when an enclosing frame
 * is of another origin (its element cannot be read from here).
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boxInTopPage(element: Element): Box | null {
  const rect = element.getBoundingClientRect();
  let x = rect.left;
  let y = rect.top;
  let view: Window = element.ownerDocument.defaultView ?? window;
  while (view !== view.top) {
    let frame: Element | null;
    try {
      frame = view.frameElement;
    } catch {
      frame = null;
    }
    if (!frame) return null;
    const outer = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    x += outer.left + frame.clientLeft + Number.parseFloat(style.paddingLeft || '0');
    y += outer.top + frame.clientTop + Number.parseFloat(style.paddingTop || '0');
    view = view.parent;
  }
  return { x, y, width: rect.width, height: rect.height };
}
