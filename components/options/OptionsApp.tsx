import { useTheme } from '@/utils/hooks/use-theme';
import { optionSections } from './option-sections';
import { ResetOptions } from './ResetOptions';
import { WipeData } from './WipeData';
import './options.css';

/** Every setting of Lectern in one place, one section per feature, saved as it changes. */
export function OptionsApp() {
  useTheme();
  return (
    <main class="page options-page">
      <h1>Lectern options</h1>
      <p class="muted">Changes are saved as you make them.</p>
      {optionSections.map((Section) => (
        <Section key={Section.name} />
      ))}
      <ResetOptions />
      <WipeData />
      <p>
        <a href="/dashboard.html">Back to your library</a>
      </p>
    </main>
  );
}
