import { afterEach, describe, expect, it, vi } from 'vitest';
import { findVideosDeep, findVideosOnPath, findVideosShallow } from '@/utils/video/find-videos';

function host(tag: string, mode: ShadowRootMode, inner: string): HTMLElement {
  const element = document.createElement(tag);
  element.attachShadow({ mode }).innerHTML = inner;
  return element;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('finding videos', () => {
  it('finds videos in the document and in nested open shadow roots', () => {
    document.body.innerHTML = '<video id="light"></video><div id="outer-wrap"></div>';
    const outer = host('player-shell', 'open', '<div><video id="level1"></video></div>');
    const inner = host('player-core', 'open', '<video id="level2"></video>');
    outer.shadowRoot?.append(inner);
    document.getElementById('outer-wrap')?.append(outer);
    const found = findVideosDeep(document);
    expect(found.videos.map((video) => video.id)).toEqual(['light', 'level1', 'level2']);
    expect(found.rootsWithVideos).toEqual([outer.shadowRoot, inner.shadowRoot]);
    // The cheap scan sees the light DOM and the roots already known.
    expect(findVideosShallow(document, found.rootsWithVideos).map((video) => video.id)).toEqual([
      'light',
      'level1',
      'level2',
    ]);
    expect(findVideosShallow(document, []).map((video) => video.id)).toEqual(['light']);
  });

  it('finds a video in a closed shadow root through chrome.dom.openOrClosedShadowRoot', () => {
    const closed = document.createElement('closed-player');
    const root = closed.attachShadow({ mode: 'closed' });
    root.innerHTML = '<video id="secret"></video>';
    document.body.append(closed);
    expect(findVideosDeep(document).videos).toEqual([]);
    vi.stubGlobal('chrome', {
      dom: { openOrClosedShadowRoot: (element: Element) => (element === closed ? root : null) },
    });
    expect(findVideosDeep(document).videos.map((video) => video.id)).toEqual(['secret']);
  });

  it("uses Firefox's element.openOrClosedShadowRoot where it exists", () => {
    const closed = document.createElement('closed-player');
    const root = closed.attachShadow({ mode: 'closed' });
    root.innerHTML = '<video id="fx"></video>';
    Object.defineProperty(closed, 'openOrClosedShadowRoot', { value: root });
    document.body.append(closed);
    expect(findVideosDeep(document).videos.map((video) => video.id)).toEqual(['fx']);
  });

  it('skips roots whose host left the document', () => {
    const player = host('gone-player', 'open', '<video></video>');
    document.body.append(player);
    const { rootsWithVideos } = findVideosDeep(document);
    player.remove();
    expect(findVideosShallow(document, rootsWithVideos)).toEqual([]);
  });

  it("finds the videos in the shadow roots on an event's composed path, closed ones too, and nothing off it", () => {
    const outer = host('player-shell', 'open', '<div id="controls"></div>');
    const inner = document.createElement('player-core');
    const innerRoot = inner.attachShadow({ mode: 'closed' });
    innerRoot.innerHTML = '<video id="deep"></video>';
    outer.shadowRoot?.append(inner);
    const other = host('other-player', 'open', '<video id="elsewhere"></video>');
    document.body.replaceChildren(outer, other);
    Object.defineProperty(inner, 'openOrClosedShadowRoot', { value: innerRoot });
    const controls = outer.shadowRoot?.getElementById('controls') as HTMLElement;
    // What a click on the player's controls sees: the controls, the shadow root, the host, up to the window.
    const found = findVideosOnPath([controls, outer.shadowRoot as ShadowRoot, outer, document.body, document, window]);
    expect(found.videos.map((video) => video.id)).toEqual(['deep']);
    expect(findVideosOnPath([document.body, document, window]).videos).toEqual([]);
  });
});
