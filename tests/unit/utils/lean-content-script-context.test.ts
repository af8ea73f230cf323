import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '@/utils/lean-content-script-context';

const startedEvent = (name: string) => `lectern:${name}:content-script-started`;

describe('the lean content-script context', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps running when the page fakes "a newer copy started"', () => {
    const ctx = new ContentScriptContext('lecture');
    document.dispatchEvent(new CustomEvent(startedEvent('lecture'), { detail: { messageId: 'forged' } }));
    document.dispatchEvent(new CustomEvent(startedEvent('lecture')));
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  it('stops when a newer copy starts after an update invalidated this one', () => {
    const old = new ContentScriptContext('lecture');
    const stopped = vi.fn();
    old.onInvalidated(stopped);
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    document.dispatchEvent(new Event(startedEvent('lecture')));
    expect(stopped).toHaveBeenCalledOnce();
    expect(old.isValid).toBe(false);
  });

  it('ignores its own start event and runs timers only while valid', async () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('overlay');
    const ran = vi.fn();
    ctx.setTimeout(ran, 10);
    vi.advanceTimersByTime(10);
    expect(ran).toHaveBeenCalledOnce();
    ctx.setTimeout(ran, 10);
    ctx.abort();
    vi.advanceTimersByTime(10);
    expect(ran).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });
});
