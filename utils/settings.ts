/**
 * Every setting of Lectern, one WXT storage item each (in `browser.storage.local`), with its
 * fallback. Read and written by extension pages and the background; content scripts ask the
 * background.
 */
import { storage } from 'wxt/utils/storage';

export type Theme = 'system' | 'light' | 'dark';

export const themeSetting = storage.defineItem<Theme>('local:theme', { fallback: 'system', version: 1 });
