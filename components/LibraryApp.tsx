import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { useTheme } from '@/utils/hooks/use-theme';
import { listLecturesByRecent } from '@/utils/lectures';
import { LectureList } from './LectureList';
import './library.css';

/** The student's library (dashboard.html): every lecture Lectern has seen. */
export function LibraryApp() {
  useTheme();
  const { value: lectures, error } = useLiveQuery(listLecturesByRecent);
  return (
    <div class="page">
      <header class="library-header">
        <h1>Lectern library</h1>
        <nav aria-label="Lectern pages">
          <a href="/options.html">Options</a>
        </nav>
      </header>
      <main>
        {error ? (
          <p role="alert">Lectern could not read your library: {error.message}</p>
        ) : lectures === undefined ? (
          <p aria-busy="true">Loading your lectures…</p>
        ) : (
          <LectureList lectures={lectures} />
        )}
      </main>
    </div>
  );
}
