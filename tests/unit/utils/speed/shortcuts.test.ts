import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED_SHORTCUTS } from '@/utils/settings/speed-keys';
import { speedCommandOf } from '@/utils/speed/shortcuts';

function pressIn(target: Element, init: KeyboardEventInit) {
  let seen: KeyboardEvent | null = null;
  document.body.append(target);
  target.addEventListener('keydown', (event) => {
    seen = event as KeyboardEvent;
  });
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, ...init }));
  if (!seen) throw new Error('no key event');
  return speedCommandOf(seen, DEFAULT_SPEED_SHORTCUTS);
}

const editable = () => {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  return div;
};

describe('speed shortcuts in the page', () => {
  it.each([
    ['Alt+.', { code: 'Period', altKey: true }, 'faster'],
    ['Alt+,', { code: 'Comma', altKey: true }, 'slower'],
    ['Alt+/', { code: 'Slash', altKey: true }, 'reset'],
    ['. alone (a player’s own key, or typing)', { code: 'Period' }, null],
    ['Shift+> (YouTube’s and Kaltura’s)', { code: 'Period', shiftKey: true }, null],
    ['Alt+Shift+.', { code: 'Period', altKey: true, shiftKey: true }, null],
  ])('%s on the page is %s', (_name, init, command) => {
    expect(pressIn(document.createElement('div'), init)).toBe(command);
  });

  it.each([
    ['a text field', () => document.createElement('input')],
    ['a search field', () => Object.assign(document.createElement('input'), { type: 'search' })],
    ['a textarea', () => document.createElement('textarea')],
    ['a select', () => document.createElement('select')],
    ['an editable element', editable],
  ])('never fires while the student types in %s', (_name, make) => {
    expect(pressIn(make(), { code: 'Period', altKey: true })).toBeNull();
  });

  it('fires from a checkbox or a button (nothing to type there)', () => {
    expect(
      pressIn(Object.assign(document.createElement('input'), { type: 'checkbox' }), { code: 'Period', altKey: true }),
    ).toBe('faster');
    expect(pressIn(document.createElement('button'), { code: 'Comma', altKey: true })).toBe('slower');
  });

  it('sees a field inside an open shadow root (the key event is retargeted to its host)', () => {
    const host = document.createElement('course-player');
    document.body.append(host);
    const field = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(field);
    let seen: KeyboardEvent | null = null;
    document.addEventListener('keydown', (event) => {
      seen = event;
    });
    field.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, code: 'Period', altKey: true }));
    expect(seen).not.toBeNull();
    expect(speedCommandOf(seen as unknown as KeyboardEvent, DEFAULT_SPEED_SHORTCUTS)).toBeNull();
  });
});
