import { afterEach, describe, expect, it } from 'vitest';
import { watchLectureCaptions } from '@/utils/video/captions/lecture-captions';

/** A replica of YouTube's player with its caption window (the markup YouTube draws captions in). */
function youTubePlayer() {
  document.body.innerHTML = `
    <div id="movie_player" class="html5-video-player">
      <video></video>
      <div id="ytp-caption-window-container" class="ytp-caption-window-container"></div>
    </div>`;
  const video = document.querySelector('video') as HTMLVideoElement;
  const container = document.querySelector('.ytp-caption-window-container') as HTMLElement;
  /** YouTube shows `lines` at video time `time` (a segment per visual line), as its player does. */
  const show = async (time: number, ...lines: string[]) => {
    video.currentTime = time;
    container.replaceChildren();
    if (lines.length > 0) {
      const window = document.createElement('div');
      window.className = 'caption-window ytp-caption-window-bottom';
      for (const line of lines) {
        const visual = document.createElement('span');
        visual.className = 'caption-visual-line';
        const segment = document.createElement('span');
        segment.className = 'ytp-caption-segment';
        segment.textContent = line;
        visual.append(segment);
        window.append(visual);
      }
      container.append(window);
    }
    await new Promise((resolve) => setTimeout(resolve)); // the observer's batch runs before a task
  };
  return { video, show };
}

let scope = new AbortController();
afterEach(() => {
  scope.abort();
  scope = new AbortController();
});
const watch = (video: HTMLVideoElement) =>
  watchLectureCaptions(video, { signal: scope.signal, loadForNotes: Promise.resolve(false) });

describe('watchLectureCaptions', () => {
  it("keeps what YouTube's caption segments said in the seconds before the note, though only the current line shows", async () => {
    const { video, show } = youTubePlayer();
    const captions = watch(video);
    await show(3, 'long before');
    await show(6);
    await show(20, 'the mitochondrion');
    await show(22, 'the mitochondrion', 'makes ATP');
    await show(25, 'makes ATP');
    await show(27);
    await show(28, 'from glucose');
    expect(captions.before(29, 10)).toBe('the mitochondrion makes ATP from glucose');
    expect(captions.before(29, 0)).toBeNull();
    expect(captions.before(10, 10)).toBe('long before');
  });

  it('stops recording when the lecture ends (its scope aborts)', async () => {
    const { video, show } = youTubePlayer();
    const captions = watch(video);
    await show(5, 'recorded');
    scope.abort();
    await show(6, 'not recorded');
    expect(captions.before(7, 10)).toBe('recorded');
  });

  it('reads the cues of a caption track a player added, and prefers them to the markup', async () => {
    const { video, show } = youTubePlayer();
    const track = video.addTextTrack('captions', 'English', 'en');
    track.mode = 'showing';
    track.addCue(new VTTCue(1, 4, '<v Prof>Entropy</v> never'));
    track.addCue(new VTTCue(4, 8, 'decreases &amp; that is the law'));
    track.addCue(new VTTCue(30, 34, 'later'));
    const captions = watch(video);
    await show(6, 'from the markup');
    expect(captions.before(7, 10)).toBe('Entropy never decreases & that is the law');
  });

  it('reads nothing from a caption track that is off and not loaded, and shows none', () => {
    const { video } = youTubePlayer();
    const track = video.addTextTrack('subtitles', 'English', 'en');
    expect(watch(video).before(7, 10)).toBeNull();
    expect(track.mode).toBe('disabled');
  });
});
