import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLectureName } from '@/utils/video/name-watch';
import { replicaDocument } from './replica';

/** MutationObserver records are delivered in a microtask after the change. */
const observed = () => new Promise((done) => queueMicrotask(() => done(undefined)));

describe('watchLectureName', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the name again once after a burst of changes (title, heading text, a label)', async () => {
    const doc = replicaDocument('<h1>Loading…</h1><video></video>', 'Course');
    const read = vi.fn();
    const stop = watchLectureName(doc, read, 1000);
    doc.title = 'Lecture 4: Waves';
    (doc.querySelector('h1') as Element).textContent = 'Lecture 4: Waves';
    doc.querySelector('video')?.setAttribute('aria-label', 'Lecture 4: Waves');
    await observed();
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(read).toHaveBeenCalledTimes(1);

    (doc.querySelector('h1') as Element).firstChild?.replaceWith('Lecture 5: Sound');
    await observed();
    vi.advanceTimersByTime(1000);
    expect(read).toHaveBeenCalledTimes(2);
    stop();
  });

  it('reads nothing once stopped, not even a change already waiting', async () => {
    const doc = replicaDocument('<h1>Loading…</h1>');
    const read = vi.fn();
    const stop = watchLectureName(doc, read, 1000);
    doc.title = 'Lecture 4: Waves';
    await observed();
    stop();
    vi.advanceTimersByTime(5000);
    doc.title = 'Lecture 5: Sound';
    await observed();
    vi.advanceTimersByTime(5000);
    expect(read).not.toHaveBeenCalled();
  });
});
