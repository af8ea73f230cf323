import { type PlatformLinks, withSeconds } from './platform';

export const loomLinks = {
  timestampUrl: (url, seconds) => withSeconds(url, 't', seconds),
} satisfies PlatformLinks;
