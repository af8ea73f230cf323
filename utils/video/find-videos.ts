import { shadowRootOf } from './shadow-root';

export interface FoundVideos {
  videos: HTMLVideoElement[];
  /** Shadow roots (at any depth) that hold at least one video: cheap to look into again. */
  rootsWithVideos: ShadowRoot[];
}

/**
 * Elements that may be a player with a shadow root, and videos: everything but the common
 * tags that never host a player's shadow root (div, span and p could, but players are custom
 * elements; a plain host is found through its media events, see detector.ts). Native selector
 * matching keeps the content script from wrapping every element (~2.6 µs each, measured).
 */
export const CANDIDATES =
  ':not(html,head,body,title,div,span,p,a,img,li,ul,ol,i,b,em,strong,small,button,input,label,form,select,option,textarea,svg,path,g,use,br,hr,td,tr,th,table,tbody,thead,section,article,aside,header,footer,nav,main,h1,h2,h3,h4,h5,h6,script,style,link,meta,noscript,source,picture,figure,time,code,pre,iframe,template,slot)';

/**
 * Every `<video>` under `root`, including inside open shadow roots (nested) and closed ones
 * where the browser allows it (shadow-root.ts), of custom elements (players are; a shadow root
 * on a plain div is found when its player re-dispatches media events, see detector.ts). The
 * detector runs it rarely; its frequent scans look only at the light DOM and known roots.
 */
export function findVideosDeep(root: Document | ShadowRoot, found: FoundVideos = { videos: [], rootsWithVideos: [] }) {
  let hasVideo = false;
  const candidates = root.querySelectorAll(CANDIDATES);
  for (let index = 0; index < candidates.length; index++) {
    const element = candidates[index] as Element;
    if (element.localName === 'video') {
      found.videos.push(element as HTMLVideoElement);
      hasVideo = true;
      continue;
    }
    const shadow = shadowRootOf(element);
    if (shadow) findVideosDeep(shadow, found);
  }
  if (hasVideo && root.nodeType === 11) found.rootsWithVideos.unshift(root as ShadowRoot);
  return found;
}

/**
 * The videos an event's composed path leads to: a video on the path, and every video in the
 * shadow roots (open, or closed where the browser lets an extension see them) of the elements on
 * it. A click on a player finds its video without walking the page. Index loop: the path is a page
 * array (Firefox Xrays).
 */
export function findVideosOnPath(path: ArrayLike<EventTarget>): FoundVideos {
  const found: FoundVideos = { videos: [], rootsWithVideos: [] };
  for (let index = 0; index < path.length; index++) {
    const element = path[index] as Element;
    if (element.nodeType !== 1) continue;
    if (element.localName === 'video') found.videos.push(element as HTMLVideoElement);
    const shadow = shadowRootOf(element);
    if (shadow && !found.rootsWithVideos.includes(shadow)) findVideosDeep(shadow, found);
  }
  return found;
}

/** Videos in the light DOM plus those in shadow roots already known to hold videos. */
export function findVideosShallow(doc: Document, knownRoots: readonly ShadowRoot[]): HTMLVideoElement[] {
  const found = Array.from(doc.getElementsByTagName('video'));
  for (const root of knownRoots) {
    if (!root.host.isConnected) continue;
    const videos = root.querySelectorAll('video');
    for (let index = 0; index < videos.length; index++) found.push(videos[index] as HTMLVideoElement);
  }
  return found;
}
