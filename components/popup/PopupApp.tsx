import { browser } from 'wxt/browser';
import { useBackgroundDueCount } from '@/utils/hooks/use-background-due-count';
import { useTheme } from '@/utils/hooks/use-theme';
import { useTimer } from '@/utils/hooks/use-timer';
import { DueCount } from '../shared/DueCount';
import { TimerRing } from '../shared/TimerRing';
import { FocusSummary } from './FocusSummary';
import { SyncLine } from './SyncLine';
import { TimerControls } from './TimerControls';
import './popup.css';

/** The toolbar popup: the focus timer (owned by the background; this only shows it) and links. */
export function PopupApp() {
  useTheme();
  const { view, error, remainingMs, command } = useTimer();
  const due = useBackgroundDueCount();
  const open = (path: '/dashboard.html' | '/options.html') => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
    window.close();
  };
  return (
    <main class="popup">
      <h1>Lectern</h1>
      {error ? <p role="alert">{error}</p> : null}
      {view ? (
        <>
          <TimerRing
            phase={view.state.phase}
            status={view.state.status}
            remainingMs={remainingMs}
            plannedMs={view.state.plannedMs}
          />
          <TimerControls status={view.state.status} phase={view.state.phase} onCommand={(type) => void command(type)} />
          <FocusSummary stats={view.stats} />
        </>
      ) : error ? null : (
        <p aria-busy="true" class="muted">
          Loading the timer…
        </p>
      )}
      <DueCount due={due} />
      <SyncLine />
      <div class="popup-links">
        <button type="button" onClick={() => open('/dashboard.html')}>
          Open library
        </button>
        <button type="button" onClick={() => open('/options.html')}>
          Options
        </button>
      </div>
    </main>
  );
}
