import { useRoute } from '@/utils/hooks/use-route';
import { useTheme } from '@/utils/hooks/use-theme';
import { routeHref } from '@/utils/library/route';
import { UndoProvider } from './undo';
import { libraryViews } from './views';
import './library.css';

/** The student's library (dashboard.html): a small hash router over the views in library/views.ts. */
export function LibraryApp() {
  useTheme();
  const route = useRoute();
  const current = libraryViews.find((view) => view.name === route.view);
  return (
    <div class="page">
      <header class="library-header">
        <a class="brand" href="#/">
          Lectern library
        </a>
        <nav aria-label="Library">
          {libraryViews
            .filter((view) => view.label)
            .map((view) => (
              <a key={view.name} href={routeHref(view.name)} aria-current={view === current ? 'page' : undefined}>
                {view.label}
              </a>
            ))}
          <a href="/options.html">Options</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <UndoProvider>
          {current ? (
            <current.View key={`${route.view}/${route.param}`} param={route.param} />
          ) : (
            <p role="alert">
              There is no such page in the library. <a href="#/">Back to your lectures</a>
            </p>
          )}
        </UndoProvider>
      </main>
    </div>
  );
}
