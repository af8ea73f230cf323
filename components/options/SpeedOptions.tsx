import { useSetting } from '@/utils/hooks/use-setting';
import { noteShortcutSetting, speedShortcutsSetting } from '@/utils/settings/items';
import { DEFAULT_NOTE_SHORTCUT } from '@/utils/settings/native-keys';
import { DEFAULT_SPEED_SHORTCUTS, type SpeedCommandName } from '@/utils/settings/speed-keys';
import { describeRate, MAX_SPEED, MIN_SPEED, SPEED_STEP } from '@/utils/speed/rates';
import { ShortcutField, type TakenShortcut } from './ShortcutField';

const COMMANDS: { name: SpeedCommandName; label: string; does: string; help: string }[] = [
  {
    name: 'slower',
    label: 'Slower',
    does: 'slows the lecture down',
    help: `One step slower, down to ${describeRate(MIN_SPEED)}.`,
  },
  {
    name: 'faster',
    label: 'Faster',
    does: 'speeds the lecture up',
    help: `One step faster, up to ${describeRate(MAX_SPEED)}.`,
  },
  { name: 'reset', label: 'Normal speed', does: 'puts the lecture back to 1×', help: 'Back to 1×.' },
];

/** Speed: the shortcuts that step a lecture's speed (utils/speed/), each remembered per lecture. */
export function SpeedOptions() {
  const [shortcuts, saveShortcuts] = useSetting(speedShortcutsSetting);
  const [noteShortcut] = useSetting(noteShortcutSetting);
  const current = shortcuts ?? DEFAULT_SPEED_SHORTCUTS;
  const takenBesides = (name: SpeedCommandName): TakenShortcut[] => [
    { shortcut: noteShortcut ?? DEFAULT_NOTE_SHORTCUT, does: 'opens the note editor' },
    ...COMMANDS.filter((other) => other.name !== name).map((other) => ({
      shortcut: current[other.name],
      does: other.does,
    })),
  ];

  return (
    <section aria-labelledby="speed-options">
      <h2 id="speed-options">Speed</h2>
      <p class="muted">
        Lectern remembers the speed you choose for each lecture (and the last one on each site), with these shortcuts or
        the player's own menu, and puts it back when a player resets it. Steps of {describeRate(SPEED_STEP)} from{' '}
        {describeRate(MIN_SPEED)} to {describeRate(MAX_SPEED)}; they never fire while you type in a page's field.
      </p>
      {COMMANDS.map(({ name, label, does, help }) => (
        <ShortcutField
          key={name}
          id={`speed-${name}`}
          label={label}
          does={does}
          help={help}
          value={shortcuts === undefined ? undefined : current[name]}
          fallback={DEFAULT_SPEED_SHORTCUTS[name]}
          taken={takenBesides(name)}
          onSave={(next) => void saveShortcuts({ ...current, [name]: next })}
        />
      ))}
    </section>
  );
}
