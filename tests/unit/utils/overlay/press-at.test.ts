import { describe, expect, it, vi } from 'vitest';
import { pressAt } from '@/utils/overlay/press-at';

/**
 * The overlay, laid out by hand (happy-dom does no layout): Add note, Notes (disabled here), a
 * field, a note's Delete and an offer's Discard; only the first two may take a relayed press.
 */
function strip() {
  document.body.innerHTML =
    '<div role="toolbar"><button id="add" data-relayed-press><span>Add note</span></button>' +
    '<button id="off" data-relayed-press disabled>Notes</button><textarea id="text"></textarea>' +
    '<p id="status">Saved</p><button id="delete">Delete</button><button id="discard">Discard</button></div>';
  const place = (id: string, left: number, width: number) => {
    const element = document.getElementById(id) as HTMLElement;
    element.getBoundingClientRect = () => new DOMRect(left, 8, width, 32);
  };
  place('add', 8, 90);
  place('off', 104, 90);
  place('text', 200, 100);
  place('delete', 310, 60);
  place('discard', 380, 60);
  const clicks: string[] = [];
  document.addEventListener('click', (event) => clicks.push((event.target as Element).id));
  return clicks;
}

describe('pressAt', () => {
  it('clicks the button whose box holds the point', () => {
    const clicks = strip();
    expect(pressAt(document, 50, 20)).toBe(true);
    expect(clicks).toEqual(['add']);
  });

  it.each([
    ['a text field', 250, 20],
    ['a note’s Delete', 330, 20],
    ['a draft’s Discard', 400, 20],
    ['a disabled button', 150, 20],
    ['the gap between buttons', 100, 20],
    ['below the strip', 50, 60],
  ])('does nothing over %s', (_, x, y) => {
    const clicks = strip();
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    expect(pressAt(document, x, y)).toBe(false);
    expect(clicks).toEqual([]);
    expect(focus).not.toHaveBeenCalled();
    focus.mockRestore();
  });
});
