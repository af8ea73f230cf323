import { defineContentScript } from 'wxt/utils/define-content-script';
import { readEmbeddingPage } from '@/utils/video/embedding-page';

/**
 * Reads the tab's top page around a lecture that plays in one of its frames (its course, the
 * headings that label its iframes, its name) and returns it to the background, which injected it
 * (utils/background/embedding-page.ts). Not in the manifest; changes nothing in the page.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {
    return readEmbeddingPage(new URL(location.href), document);
  },
});
