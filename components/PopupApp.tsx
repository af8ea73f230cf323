import { browser } from 'wxt/browser';
import { useTheme } from '@/utils/hooks/use-theme';
import './popup.css';

/** The toolbar popup. The focus timer lives here (see the timer issue). */
export function PopupApp() {
  useTheme();
  const open = (path: '/dashboard.html' | '/options.html') => {
    void browser.tabs.create({ url: browser.runtime.getURL(path) });
    window.close();
  };
  return (
    <main class="popup">
      <h1>Lectern</h1>
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
