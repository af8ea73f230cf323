import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import overlayScript from '@/entrypoints/overlay.content/index';
import { startOverlay } from '@/utils/overlay/controller/start';
import { clobberWindow } from '../../utils/video/replica';

vi.mock('@/utils/overlay/controller/start', () => ({ startOverlay: vi.fn() }));

/** A content-script context whose invalidation the test triggers. */
function context() {
  const invalidated: (() => void)[] = [];
  return {
    ctx: { onInvalidated: (listener: () => void) => invalidated.push(listener) } as never,
    invalidate: () => {
      for (const listener of invalidated) listener();
    },
  };
}

describe('the overlay content script', () => {
  const undo: (() => void)[] = [];
  beforeEach(() => vi.mocked(startOverlay).mockClear());
  afterEach(() => {
    for (const step of undo.splice(0)) step();
  });

  it('starts once per frame, and again after an orphaned copy stepped aside', () => {
    const first = context();
    overlayScript.main(first.ctx);
    overlayScript.main(context().ctx);
    expect(startOverlay).toHaveBeenCalledTimes(1);
    first.invalidate();
    const second = context();
    overlayScript.main(second.ctx);
    expect(startOverlay).toHaveBeenCalledTimes(2);
    second.invalidate();
  });

  it('starts on a page whose markup names an element after its flag', () => {
    undo.push(clobberWindow('__lecternOverlayStarted', '<div id="__lecternOverlayStarted"></div>'));
    const copy = context();
    overlayScript.main(copy.ctx);
    expect(startOverlay).toHaveBeenCalledTimes(1);
    copy.invalidate();
  });
});
