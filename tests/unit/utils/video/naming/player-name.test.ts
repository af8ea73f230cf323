import { describe, expect, it } from 'vitest';
import { headingBeforePlayer, playerAccessibleName } from '@/utils/video/naming/player-name';
import { withoutSiteName } from '@/utils/video/naming/site-name';
import { replicaDocument } from '../replica';

const videoIn = (html: string) => replicaDocument(html).querySelector('video') as HTMLVideoElement;

describe('playerAccessibleName', () => {
  it.each([
    ['aria-label on the video', '<video aria-label="Lecture 3: Waves"></video>', 'Lecture 3: Waves'],
    ['title on the video', '<video title=" Lecture 3:\n Waves "></video>', 'Lecture 3: Waves'],
    [
      'aria-labelledby, several ids',
      '<span id="a">Lecture 3:</span><span id="b">Waves</span><video aria-labelledby="a b"></video>',
      'Lecture 3: Waves',
    ],
    [
      'a labelled player container',
      '<section aria-label="Lecture 3: Waves"><div class="vjs"><div><video></video></div></div></section>',
      'Lecture 3: Waves',
    ],
    [
      "a figure's caption",
      '<figure><video></video><figcaption>Lecture 3: Waves</figcaption></figure>',
      'Lecture 3: Waves',
    ],
    [
      'past a label that names the player',
      '<div aria-label="Lecture 3: Waves"><div aria-label="Kaltura Player"><video title="Video player"></video></div></div>',
      'Lecture 3: Waves',
    ],
    ['nothing for a number', '<video aria-label="12"></video>', ''],
    [
      'nothing past the player',
      '<div aria-label="Site"><div><div><div><div><div><div><video></video></div></div></div></div></div></div></div>',
      '',
    ],
  ])('%s', (_name, html, expected) => {
    expect(playerAccessibleName(videoIn(html))).toBe(expected);
  });

  it('reads a player inside a shadow root, up through its host', () => {
    const doc = replicaDocument('<course-player aria-label="Lecture 4: Statistical mechanics"></course-player>');
    const root = (doc.querySelector('course-player') as Element).attachShadow({ mode: 'open' });
    root.append(doc.createElement('video'));
    expect(playerAccessibleName(root.querySelector('video') as Element)).toBe('Lecture 4: Statistical mechanics');
  });
});

describe('headingBeforePlayer', () => {
  it('takes the nearest heading before the video, not one after it', () => {
    const video = videoIn('<h1>Physics 201</h1><h2>Lecture 3: Waves</h2><div><video></video></div><h2>Transcript</h2>');
    expect(headingBeforePlayer(video)).toBe('Lecture 3: Waves');
  });

  it('reads role="heading" and skips hidden headings', () => {
    const video = videoIn(
      '<div role="heading">Lecture 3: Waves</div><h2 hidden>Old lecture</h2><div aria-hidden="true"><h3>Menu</h3></div><video></video>',
    );
    expect(headingBeforePlayer(video)).toBe('Lecture 3: Waves');
  });

  it("skips a heading that is not rendered (a collapsed menu's), keeps a visually hidden one", () => {
    document.body.innerHTML =
      '<h2 class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden">Lecture 3: Waves</h2>' +
      '<nav style="display:none"><h2>Menu</h2></nav><video></video>';
    expect(headingBeforePlayer(document.querySelector('video') as Element)).toBe('Lecture 3: Waves');
    document.body.replaceChildren();
  });

  it("goes back past a heading that is only numbers or the site's name", () => {
    const video = videoIn('<h1>Lecture 7: Phase diagrams</h1><h2>Shadow University</h2><h3>12</h3><video></video>');
    const clean = (text: string) => withoutSiteName(text, { siteName: 'Shadow University' });
    expect(headingBeforePlayer(video, clean)).toBe('Lecture 7: Phase diagrams');
  });

  it('gives up past three headings, and with none before the video', () => {
    const far = videoIn('<h1>Lecture 1</h1><h2>1</h2><h2>2</h2><h2>3</h2><video></video>');
    expect(headingBeforePlayer(far)).toBe('');
    expect(headingBeforePlayer(videoIn('<video></video><h1>After</h1>'))).toBe('');
  });

  it('places a video in a shadow root at its host', () => {
    const doc = replicaDocument(
      '<h1>Lecture 4: Statistical mechanics</h1><course-player></course-player><h2>Notes</h2>',
    );
    const root = (doc.querySelector('course-player') as Element).attachShadow({ mode: 'open' });
    root.append(doc.createElement('video'));
    expect(headingBeforePlayer(root.querySelector('video') as Element)).toBe('Lecture 4: Statistical mechanics');
  });
});
