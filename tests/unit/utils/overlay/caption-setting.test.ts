import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { readCaptionSettings } from '@/utils/overlay/caption-setting';
import { captionSettings } from '@/utils/settings/items';

describe('the caption options, read natively in the lecture frame', () => {
  it('are 10 s and "do not load" by default, and follow what the options page stored', async () => {
    expect(await readCaptionSettings()).toEqual({ windowSeconds: 10, loadForNotes: false });
    await captionSettings.setValue({ windowSeconds: 0, loadForNotes: true });
    expect(await readCaptionSettings()).toEqual({ windowSeconds: 0, loadForNotes: true });
  });

  it('read a malformed value as the defaults', async () => {
    await browser.storage.local.set({ captions: { windowSeconds: 1e9, loadForNotes: 'yes' } });
    expect(await readCaptionSettings()).toEqual({ windowSeconds: 10, loadForNotes: false });
  });
});
