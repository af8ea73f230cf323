import { browser } from 'wxt/browser';
import { CAPTION_SETTINGS_KEY, type CaptionSettings, DEFAULT_CAPTION_SETTINGS } from '../settings/native-keys';

/** The caption options, read natively (WXT's storage module would double this bundle); a malformed value (or a failed read) reads as the defaults. */
export async function readCaptionSettings(): Promise<CaptionSettings> {
  const items: Record<string, unknown> = await browser.storage.local.get(CAPTION_SETTINGS_KEY).catch(() => ({}));
  const stored = items[CAPTION_SETTINGS_KEY] as Partial<CaptionSettings> | undefined;
  const seconds = stored?.windowSeconds;
  return {
    windowSeconds:
      typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 && seconds <= 60
        ? seconds
        : DEFAULT_CAPTION_SETTINGS.windowSeconds,
    loadForNotes:
      typeof stored?.loadForNotes === 'boolean' ? stored.loadForNotes : DEFAULT_CAPTION_SETTINGS.loadForNotes,
  };
}
