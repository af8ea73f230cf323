import { afterEach, describe, expect, it } from 'vitest';
import { detectionState } from '@/utils/video/detection-state';
import { clobberWindow } from './replica';

describe('the detection hand-off', () => {
  let undo: (() => void) | undefined;
  afterEach(() => undo?.());

  it('is its own state, never an element the page named after it', () => {
    undo = clobberWindow('__lecternDetection', '<div id="__lecternDetection"></div>');
    const state = detectionState();
    expect(state).not.toBeInstanceOf(Element);
    expect(state).toMatchObject({ lecture: null });
    expect(detectionState()).toBe(state);
  });
});
