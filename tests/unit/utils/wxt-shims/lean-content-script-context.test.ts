import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '@/utils/wxt-shims/lean-content-script-context';

describe('the lean content-script context', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('dispatches no DOM event a page could hear or fake, and a page event does not stop it', () => {
    const dispatch = vi.spyOn(EventTarget.prototype, 'dispatchEvent');
    const ctx = new ContentScriptContext('overlay');
    expect(dispatch).not.toHaveBeenCalled();
    dispatch.mockRestore();
    // What WXT's own context listens for; a page could send it.
    document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: 'overlay' } }));
    document.dispatchEvent(new Event('lectern:overlay:content-script-started'));
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  it('stops, once, when an update or removal of the extension orphaned it', () => {
    const ctx = new ContentScriptContext('overlay');
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    expect(ctx.isValid).toBe(true);
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isValid).toBe(false);
    expect(ctx.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
  });

  it('runs timers only while valid', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('overlay');
    const ran = vi.fn();
    ctx.setTimeout(ran, 10);
    vi.advanceTimersByTime(10);
    expect(ran).toHaveBeenCalledOnce();
    ctx.setTimeout(ran, 10);
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(10);
    expect(ran).toHaveBeenCalledOnce();
  });
});
