import { describe, expect, it } from 'vitest';
import { rootMarginAround, watchMoves } from '@/utils/overlay/move-observer';

const viewport = { width: 1000, height: 800 };

describe('rootMarginAround', () => {
  it('shrinks the viewport to the box, rounding outwards', () => {
    expect(rootMarginAround({ left: 100.6, top: 50.2, width: 400, height: 225 }, viewport)).toBe(
      '-50px -499px -524px -100px',
    );
  });

  it('watches nothing without a size', () => {
    expect(rootMarginAround({ left: 0, top: 0, width: 0, height: 225 }, viewport)).toBeNull();
  });
});

/** A stand-in IntersectionObserver: the test reports ratios to the latest one. */
class FakeObserver {
  static all: FakeObserver[] = [];
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.all.push(this);
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  report(intersectionRatio: number) {
    this.callback(
      [{ intersectionRatio, isIntersecting: intersectionRatio > 0 } as IntersectionObserverEntry],
      this as never,
    );
  }
  static get latest() {
    return FakeObserver.all.at(-1) as FakeObserver;
  }
}

function setup(box = { left: 100, top: 50, width: 400, height: 225 }) {
  FakeObserver.all = [];
  const element = document.createElement('div');
  let rect = box;
  element.getBoundingClientRect = () =>
    ({ ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height }) as DOMRect;
  Object.defineProperty(document.documentElement, 'clientWidth', { value: viewport.width, configurable: true });
  Object.defineProperty(document.documentElement, 'clientHeight', { value: viewport.height, configurable: true });
  const moves: number[] = [];
  const controller = new AbortController();
  watchMoves(element, () => moves.push(rect.top), { signal: controller.signal, Observer: FakeObserver });
  return { moves, controller, moveTo: (top: number) => (rect = { ...rect, top }) };
}

describe('watchMoves', () => {
  it('stays quiet while the element rests, reports a move and watches the new box', () => {
    const { moves, moveTo } = setup();
    const first = FakeObserver.latest;
    expect(first.options).toMatchObject({ rootMargin: '-50px -500px -525px -100px', threshold: 1 });
    first.report(1);
    expect(moves).toEqual([]);
    moveTo(230);
    first.report(0.2);
    expect(moves).toEqual([230]);
    expect(first.disconnected).toBe(true);
    expect(FakeObserver.latest.options.rootMargin).toBe('-230px -500px -345px -100px');
  });

  it('takes a partly visible element at rest as it is, and reports when that changes', () => {
    const { moves } = setup({ left: 100, top: 700, width: 400, height: 225 });
    FakeObserver.latest.report(0.44);
    expect(moves).toEqual([]);
    const resting = FakeObserver.latest;
    expect(resting.options.threshold).toBe(0.44);
    resting.report(0.44);
    resting.report(0.6);
    expect(moves).toEqual([700]);
  });

  it('waits for an element off screen to come back', () => {
    const { moves, moveTo } = setup({ left: 100, top: 900, width: 400, height: 225 });
    FakeObserver.latest.report(0);
    const waiting = FakeObserver.latest;
    expect(waiting.options).toMatchObject({ rootMargin: '0px', threshold: 0 });
    moveTo(400);
    waiting.report(0.5);
    expect(moves).toEqual([400]);
  });

  it('stops with its signal', () => {
    const { controller } = setup();
    controller.abort();
    expect(FakeObserver.latest.disconnected).toBe(true);
  });
});
