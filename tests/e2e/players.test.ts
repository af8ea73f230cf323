/**
 * The note flow on pages built with real player libraries (node_modules, served as /vendor/):
 * video.js and Plyr (they draw their own controls), media-chrome around a web-component media
 * element with its <video> in a shadow root, and dash.js streaming through Media Source
 * Extensions (a blob: src). In both browsers: play, Alt+N, type (with some HTML), Enter; the
 * note is in the library, as text, with its time, under the lecture's title.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers, noteFlow } from '../support/e2e';

describeInBrowsers.parallel('notes on real players in %s', (e2e) => {
  it.each([
    ['/players/videojs.html', 'Lecture 9: Thermodynamic potentials'],
    ['/players/plyr.html', 'Lecture 10: Maxwell relations'],
    ['/players/media-chrome.html', 'Lecture 11: The third law'],
    ['/players/dash.html', 'Lecture 12: Open systems'],
  ])('%s: the note under the lecture', async (path, title) => {
    const tab = await e2e.lecture(path, 'video.example.org');
    const notes = await noteFlow(e2e.browser, tab, title, `Taken on ${path}`);
    expect(notes).toHaveLength(1);
  });
});
