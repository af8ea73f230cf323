import { describe, expect, it } from 'vitest';
import { youTubeChapters, youtubePlayer } from '@/utils/video/platforms/youtube-player';

describe('youtube player', () => {
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
    const marker = youtubePlayer.adMarker(video);
    expect(marker?.isShowing()).toBe(true);
    document.querySelector('#movie_player')?.classList.remove('ad-showing');
    expect(marker?.isShowing()).toBe(false);
  });

  it('marks no ad outside its player', () => {
    document.body.innerHTML = '<div><video></video></div>';
    expect(youtubePlayer.adMarker(document.querySelector('video') as HTMLVideoElement)).toBeNull();
  });
});
