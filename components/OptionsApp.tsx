import { useTheme } from '@/utils/hooks/use-theme';
import { GeneralOptions } from './options/GeneralOptions';
import { PromptOptions } from './options/PromptOptions';

/** Every setting of Lectern in one place, one section per feature, saved as it changes. */
export function OptionsApp() {
  useTheme();
  return (
    <main class="page">
      <h1>Lectern options</h1>
      <p class="muted">Changes are saved as you make them.</p>
      <GeneralOptions />
      <PromptOptions />
      <p>
        <a href="/dashboard.html">Back to your library</a>
      </p>
    </main>
  );
}
