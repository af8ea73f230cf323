import { describe, expect, it, vi } from 'vitest';
import { pressAt } from '@/utils/overlay/press-at';

/** The overlay's strip, laid out by hand (happy-dom does no layout): Add note, Notes, a field. */
function strip() {
  document.body.innerHTML =
    '<div role="toolbar"><button id="add"><span>Add note</span></button>' +
    '<button id="off" disabled>Notes</button><textarea id="text"></textarea><p id="status">Saved</p></div>';
  const place = (id: string, left: number, width: number) => {
    const element = document.getElementById(id) as HTMLElement;
    element.getBoundingClientRect = () => new DOMRect(left, 8, width, 32);
  };
  place('add', 8, 90);
  place('off', 104, 90);
  place('text', 200, 100);
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

  it('focuses a text field without clicking it', () => {
    const clicks = strip();
    expect(pressAt(document, 250, 20)).toBe(true);
    expect(document.activeElement?.id).toBe('text');
    expect(clicks).toEqual([]);
  });

  it.each([
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
