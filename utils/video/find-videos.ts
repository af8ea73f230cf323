import { shadowRootOf } from './shadow-root';

export interface FoundVideos {
  videos: HTMLVideoElement[];
  /** Shadow roots (at any depth) that hold at least one video: cheap to look into again. */
  rootsWithVideos: ShadowRoot[];
}

/**
 * Every `<video>` under `root`, including inside open shadow roots (nested) and closed ones
 * where the browser allows it (shadow-root.ts). This walks every element, so the detector runs
 * it rarely (detector.ts); its frequent scans look only at the light DOM and known roots.
 */
export function findVideosDeep(root: Document | ShadowRoot, found: FoundVideos = { videos: [], rootsWithVideos: [] }) {
  const videos = root.querySelectorAll('video');
  for (let index = 0; index < videos.length; index++) found.videos.push(videos[index] as HTMLVideoElement);
  if (videos.length > 0 && root.nodeType === 11) found.rootsWithVideos.push(root as ShadowRoot);
  const all = root.querySelectorAll('*');
  for (let index = 0; index < all.length; index++) {
    const shadow = shadowRootOf(all[index] as Element);
    if (shadow) findVideosDeep(shadow, found);
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
