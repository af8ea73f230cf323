import { useSetting } from '@/utils/hooks/use-setting';
import { type Theme, themeSetting } from '@/utils/settings';

/** Theme and other settings that concern all of Lectern. */
export function GeneralOptions() {
  const [theme, setTheme] = useSetting(themeSetting);
  return (
    <section aria-labelledby="general-options">
      <h2 id="general-options">General</h2>
      <label>
        Theme{' '}
        <select
          value={theme}
          disabled={theme === undefined}
          onChange={(event) => void setTheme(event.currentTarget.value as Theme)}
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </section>
  );
}
