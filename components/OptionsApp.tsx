import { useEffect, useState } from 'preact/hooks';
import { useTheme } from '@/utils/hooks/use-theme';
import { type Theme, themeSetting } from '@/utils/settings';

/** Every setting of Lectern, saved as it changes. */
export function OptionsApp() {
  useTheme();
  const [theme, setTheme] = useState<Theme | undefined>(undefined);
  useEffect(() => {
    void themeSetting.getValue().then(setTheme);
    return themeSetting.watch(setTheme);
  }, []);
  return (
    <main class="page">
      <h1>Lectern options</h1>
      <label>
        Theme{' '}
        <select
          value={theme}
          disabled={theme === undefined}
          onChange={(event) => void themeSetting.setValue(event.currentTarget.value as Theme)}
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <p>
        <a href="/dashboard.html">Back to your library</a>
      </p>
    </main>
  );
}
