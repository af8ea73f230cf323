import { useTheme } from '@/utils/hooks/use-theme';

/** Opened once on install: what Lectern does and where to find it. */
export function WelcomeApp() {
  useTheme();
  return (
    <main class="page">
      <h1>Welcome to Lectern</h1>
      <p>Lectern helps you learn from recorded lectures on your own schedule, on any course site.</p>
      <ol>
        <li>
          Open a lecture video. Lectern finds it — on YouTube, Coursera, edX, Canvas, Moodle or any page with a video.
        </li>
        <li>
          Press <kbd>Alt</kbd>+<kbd>N</kbd>, type a thought and press <kbd>Enter</kbd>: it is pinned to that moment.
        </li>
        <li>Revisit everything in your library: search, review and export your notes.</li>
      </ol>
      <p>Everything stays on this device. Nothing is sent anywhere, and the sites you visit cannot read your notes.</p>
      <nav aria-label="Lectern pages">
        <ul>
          <li>
            <a href="/dashboard.html">Open your library</a>
          </li>
          <li>
            <a href="/options.html">Options</a>
          </li>
        </ul>
      </nav>
    </main>
  );
}
