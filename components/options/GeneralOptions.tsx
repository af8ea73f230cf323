import { useSetting } from '@/utils/hooks/use-setting';
import { type Theme, themeSetting } from '@/utils/settings/items';
import { DisabledSitesField } from './DisabledSitesField';

/** Theme and the sites where Lectern is off: settings that concern all of Lectern. */
export function GeneralOptions() {
  const [theme, setTheme] = useSetting(themeSetting);
  return (
    <section class="options-section" aria-labelledby="general-options">
      <h2 id="general-options">General</h2>
      <label class="option-field">
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
      <DisabledSitesField />
    </section>
  );
}
