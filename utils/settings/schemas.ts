/**
 * The valibot schema of every setting in utils/settings/items.ts, by name: what the options page
 * validates and what a JSON backup's settings must match. Pure (no storage): the backup reader
 * and the bench use it in Node. The items are in items.ts, the table of them in registry.ts.
 */
import * as v from 'valibot';

const hostName = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(253),
  v.regex(/^[a-z0-9.-]+(:\d+)?$/i, 'must be a host name like www.example.edu'),
);
const shortcut = v.strictObject({
  code: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  altKey: v.boolean(),
  ctrlKey: v.boolean(),
  shiftKey: v.boolean(),
  metaKey: v.boolean(),
});
const minutes = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const settingSchemas = {
  theme: v.picklist(['system', 'light', 'dark']),
  disabledSites: v.pipe(v.array(hostName), v.maxLength(1000)),
  noteShortcut: shortcut,
  speedShortcuts: v.strictObject({ slower: shortcut, faster: shortcut, reset: shortcut }),
  snapshotShortcut: shortcut,
  pauseWhileTyping: v.boolean(),
  captions: v.strictObject({ windowSeconds: minutes(0, 60), loadForNotes: v.boolean() }),
  prompts: v.strictObject({
    enabled: v.boolean(),
    intervalMinutes: minutes(1, 60),
    mode: v.picklist(['interval', 'chapters']),
    resumeAfterAnswer: v.boolean(),
    disabledSites: v.pipe(v.array(hostName), v.maxLength(1000)),
  }),
  timer: v.strictObject({
    focusMinutes: minutes(1, 180),
    shortBreakMinutes: minutes(1, 180),
    longBreakMinutes: minutes(1, 180),
    longBreakEvery: minutes(1, 12),
    pauseVideosOnBreak: v.boolean(),
    notifications: v.boolean(),
    weeklyGoalHours: minutes(0, 168),
    reminders: v.array(
      v.strictObject({
        days: v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
        time: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:30')),
      }),
    ),
  }),
} as const;

export type SettingName = keyof typeof settingSchemas;
