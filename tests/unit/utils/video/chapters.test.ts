import { describe, expect, it } from 'vitest';
import { chaptersFromCues, isAdShowing, parseClockTime, youTubeChapters } from '@/utils/video/chapters';

describe('chapters', () => {
  it('reads chapter cues, sorted, without empty ones', () => {
    expect(
      chaptersFromCues([
        { startTime: 90, endTime: 300, text: ' Cells ' },
        { startTime: 0, endTime: 90, text: 'Intro' },
        { startTime: 300, endTime: 300, text: 'Empty' },
        { startTime: Number.NaN, endTime: 5, text: 'Broken' },
      ]),
    ).toEqual([
      { start: 0, end: 90, title: 'Intro' },
      { start: 90, end: 300, title: 'Cells' },
    ]);
  });

  it.each([
    ['0:00', 0],
    ['12:34', 754],
    ['1:02:03', 3723],
    [' 5:07 ', 307],
    ['5', null],
    ['a:bc', null],
  ])('parses the clock time %j', (text, seconds) => {
    expect(parseClockTime(text)).toBe(seconds);
  });

  it('reads YouTube chapter markers: each ends where the next starts, the last at the end', () => {
    document.body.innerHTML = `
      <div id="structured-description">
        <ytd-macro-markers-list-item-renderer><h4>Intro</h4><div id="time">0:00</div></ytd-macro-markers-list-item-renderer>
        <ytd-macro-markers-list-item-renderer><h4>Energy</h4><div id="time">2:30</div></ytd-macro-markers-list-item-renderer>
        <ytd-macro-markers-list-item-renderer><h4>Cells</h4><div id="time">1:00</div></ytd-macro-markers-list-item-renderer>
        <ytd-macro-markers-list-item-renderer><h4>Cells again</h4><div id="time">1:00</div></ytd-macro-markers-list-item-renderer>
      </div>`;
    expect(youTubeChapters(document, 300)).toEqual([
      { start: 0, end: 60, title: 'Intro' },
      { start: 60, end: 150, title: 'Cells' },
      { start: 150, end: 300, title: 'Energy' },
    ]);
    expect(youTubeChapters(document, Number.NaN)).toEqual([]);
  });

  it('knows when YouTube shows an ad in the player', () => {
    document.body.innerHTML = '<div id="movie_player" class="html5-video-player ad-showing"><video></video></div>';
    const video = document.querySelector('video') as HTMLVideoElement;
    expect(isAdShowing(video)).toBe(true);
    document.querySelector('#movie_player')?.classList.remove('ad-showing');
    expect(isAdShowing(video)).toBe(false);
  });
});
