import { useEffect } from 'preact/hooks';
import { themeSetting } from '../settings/items';

/** Applies the theme chosen in options (or the system's) to the page, live. */
export function useTheme() {
  useEffect(() => {
    const apply = (theme: string) => {
      if (theme === 'system') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = theme;
    };
    void themeSetting.getValue().then(apply);
    return themeSetting.watch(apply);
  }, []);
}
