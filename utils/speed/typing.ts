/**
 * Whether a key event is the student typing in the page (a text field, a select, an editable
 * element, also inside open shadow roots): speed shortcuts never fire then. Pure over the event.
 */
const TEXT_INPUT_TYPES = /^(text|search|email|url|tel|password|number|date|datetime-local|month|time|week)$/i;

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || !(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.test(target.type || 'text');
  return target instanceof HTMLElement && target.isContentEditable;
}

/** The element the key went to: the innermost one, through open shadow roots. */
export function keyTarget(event: Pick<KeyboardEvent, 'composedPath' | 'target'>): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}
