import type { VideoFacts } from './choose-lecture';

const AD_MARK = /(^|[\s_-])(ad|ads|advert\w*|sponsor\w*)([\s_-]|$)/i;

function isAdLike(video: HTMLVideoElement): boolean {
  let element: Element | null = video;
  for (let depth = 0; element && depth < 3; depth++, element = element.parentElement) {
    if (AD_MARK.test(element.id) || AD_MARK.test(element.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** Measures what chooseLecture needs; called only for the few videos a page has. */
export function measureVideo(video: HTMLVideoElement, view: { innerWidth: number; innerHeight: number }): VideoFacts {
  const box = video.getBoundingClientRect();
  const visibleWidth = Math.max(0, Math.min(box.right, view.innerWidth) - Math.max(box.left, 0));
  const visibleHeight = Math.max(0, Math.min(box.bottom, view.innerHeight) - Math.max(box.top, 0));
  const area = box.width * box.height;
  return {
    width: box.width,
    height: box.height,
    visibleFraction: area > 0 ? (visibleWidth * visibleHeight) / area : 0,
    // checkVisibility: Chrome 105, Firefox 106.
    hidden:
      area === 0 || !video.isConnected || !video.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    hasSource:
      video.networkState !== HTMLMediaElement.NETWORK_EMPTY ||
      video.readyState > 0 ||
      Boolean(video.currentSrc || video.getAttribute('src')),
    controls: video.controls,
    muted: video.muted || video.volume === 0,
    autoplay: video.autoplay,
    loop: video.loop,
    paused: video.paused,
    currentTime: video.currentTime,
    duration: video.duration,
    adLike: isAdLike(video),
  };
}
