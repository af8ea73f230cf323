/**
 * The settings that sync: the student's, not the device's. They sync: the sites where Lectern is
 * off, pausing while typing, the captions notes keep, review prompts, the focus timer (lengths, goal,
 * reminders). They stay on this device: the theme (a dark room here, a bright lab there) and the note shortcut (keyboards
 * differ), and of course the sync set-up itself (the password never leaves the device).
 *
 * Each synced setting carries when it last changed (`syncSettingsStamps` in storage, stamped by a
 * watcher in the background); the newer change wins, setting by setting.
 */
import { storage } from 'wxt/utils/storage';
import { markSyncItemChanged } from '../db/sync-state';
import { SETTINGS_ITEM, type SettingsBundle, type StampedSetting } from '../model/sync';
import { readAllSettings, type SettingName, settingItems, validateSetting, writeSettings } from '../settings/registry';
import { canonicalJson } from './merge-note';

export const SYNCED_SETTINGS: readonly SettingName[] = [
  'disabledSites',
  'pauseWhileTyping',
  'captions',
  'prompts',
  'timer',
];

/** This device's view of the synced settings: each value with when it changed. */
const stampsItem = storage.defineItem<Record<string, StampedSetting>>('local:syncSettingsStamps', { fallback: {} });

/** The synced settings as this device holds them (a setting never stamped counts as changed at 0). */
export async function readLocalSettings(): Promise<Record<string, StampedSetting>> {
  const [values, stamps] = await Promise.all([readAllSettings(), stampsItem.getValue()]);
  return Object.fromEntries(
    SYNCED_SETTINGS.map((name) => {
      const stamp = stamps[name];
      const same = stamp && canonicalJson(stamp.value) === canonicalJson(values[name]);
      return [name, { value: values[name], updatedAt: same ? stamp.updatedAt : (stamp?.updatedAt ?? 0) }];
    }),
  );
}

/** Newer wins, setting by setting; a value this Lectern would not accept (a newer version's) is left out. Pure. */
export function mergeSettings(
  local: Record<string, StampedSetting>,
  remote: SettingsBundle | undefined,
): SettingsBundle {
  const values: Record<string, StampedSetting> = {};
  for (const name of SYNCED_SETTINGS) {
    const here = local[name];
    const there = remote?.values[name];
    const usable = there && validateSetting(name, there.value) === null ? there : undefined;
    const winner = usable && (!here || usable.updatedAt > here.updatedAt) ? usable : here;
    if (winner) values[name] = winner;
  }
  return { type: 'settings', values };
}

/** Makes this device hold the merged settings (stamps first, so the watcher sees nothing new). */
export async function applySettings(bundle: SettingsBundle): Promise<void> {
  await stampsItem.setValue(bundle.values);
  const current = await readAllSettings();
  const changed = Object.entries(bundle.values).filter(
    ([name, stamped]) => canonicalJson(current[name as SettingName]) !== canonicalJson(stamped.value),
  );
  await writeSettings(Object.fromEntries(changed.map(([name, stamped]) => [name, stamped.value])));
}

/**
 * In the background: stamps a synced setting the student changed (any page) and marks the settings
 * changed. Returns the unwatch.
 */
export function watchSyncedSettings(now: () => number = Date.now): () => void {
  const unwatch = SYNCED_SETTINGS.map((name) =>
    settingItems[name].watch(async (value: unknown) => {
      const stamps = await stampsItem.getValue();
      if (stamps[name] && canonicalJson(stamps[name].value) === canonicalJson(value)) return;
      await stampsItem.setValue({ ...stamps, [name]: { value, updatedAt: now() } });
      await markSyncItemChanged(SETTINGS_ITEM);
    }),
  );
  return () => {
    for (const stop of unwatch) stop();
  };
}
