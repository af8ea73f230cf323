import { describe, expect, it } from 'vitest';
import { captionDisplayOf } from '@/utils/video/platforms/registry';

/** Replicas of the markup each player draws its captions in, with the line(s) it shows now. */
const PLAYERS: [string, string, string[]][] = [
  [
    'YouTube (a segment per visual line)',
    `<div class="html5-video-player"><video></video><div class="ytp-caption-window-container">
       <div class="caption-window"><span class="captions-text">
         <span class="caption-visual-line"><span class="ytp-caption-segment">that maybe not everyone needed</span></span>
         <span class="caption-visual-line"><span class="ytp-caption-segment">to be able to read</span></span>
       </span></div></div></div>`,
    ['that maybe not everyone needed', 'to be able to read'],
  ],
  [
    'video.js (Coursera, universities)',
    `<div class="video-js"><video class="vjs-tech"></video><div class="vjs-text-track-display">
       <div><div class="vjs-text-track-cue"><div>The derivative   of x²</div></div></div></div></div>`,
    ['The derivative of x²'],
  ],
  [
    'Plyr',
    `<div class="plyr"><div class="plyr__video-wrapper"><video></video></div>
       <div class="plyr__captions"><span class="plyr__caption">Bonjour à tous</span></div></div>`,
    ['Bonjour à tous'],
  ],
  [
    'Kaltura (playkit)',
    `<div class="playkit-player"><div class="playkit-engine"><video></video></div>
       <div class="playkit-subtitles"><div>hello from Kaltura</div></div></div>`,
    ['hello from Kaltura'],
  ],
  [
    'Panopto',
    `<div id="viewerContent"><video></video><div id="dvSmallCaptions"><div class="caption-line">Panopto says</div></div></div>`,
    ['Panopto says'],
  ],
  [
    "Coursera's interactive transcript (the active phrase)",
    `<video></video><div class="rc-InteractiveTranscript"><div class="rc-Paragraph">
       <span class="rc-Phrase">said before</span><span class="rc-Phrase active">said now</span>
       <span class="rc-Phrase">said later</span></div></div>`,
    ['said now'],
  ],
];

describe('captionDisplayOf', () => {
  it.each(PLAYERS)('reads the line(s) %s shows', (_name, markup, lines) => {
    document.body.innerHTML = markup;
    const display = captionDisplayOf(document.querySelector('video') as HTMLVideoElement);
    expect(display?.lines()).toEqual(lines);
  });

  it('finds none for a bare video', () => {
    document.body.innerHTML = '<div><video></video></div>';
    expect(captionDisplayOf(document.querySelector('video') as HTMLVideoElement)).toBeNull();
  });

  it('observes a YouTube player that has not built its caption window yet, and reads it once built', () => {
    document.body.innerHTML = '<div class="html5-video-player"><video></video></div>';
    const display = captionDisplayOf(document.querySelector('video') as HTMLVideoElement);
    expect(display?.element.classList.contains('html5-video-player')).toBe(true);
    const segment = document.createElement('span');
    segment.className = 'ytp-caption-segment';
    segment.textContent = 'late';
    display?.element.append(segment);
    expect(display?.lines()).toEqual(['late']);
  });
});
