/**
 * The speed shortcuts in a lecture's frame: which command a key press is, read from the options
 * natively (../settings/speed-keys.ts). Never while the student types in the page (./typing.ts).
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SPEED_SHORTCUTS, SPEED_SHORTCUTS_KEY, type SpeedShortcuts } from '../settings/speed-keys';
import { matchesShortcut } from '../video/shortcut';
import type { SpeedCommand } from './rates';
import { isTypingTarget, keyTarget } from './typing';

export async function readSpeedShortcuts(): Promise<SpeedShortcuts> {
  const stored = (await browser.storage.local.get(SPEED_SHORTCUTS_KEY))[SPEED_SHORTCUTS_KEY] as
    | Partial<SpeedShortcuts>
    | undefined;
  return { ...DEFAULT_SPEED_SHORTCUTS, ...stored };
}

/** The command `event` is, or null (not a shortcut, or typed into a field). */
export function speedCommandOf(
  event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey' | 'composedPath' | 'target'>,
  shortcuts: SpeedShortcuts,
): SpeedCommand | null {
  if (isTypingTarget(keyTarget(event))) return null;
  const names = Object.keys(shortcuts) as SpeedCommand[];
  return names.find((name) => matchesShortcut(event, shortcuts[name])) ?? null;
}
