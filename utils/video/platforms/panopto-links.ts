import { type PlatformLinks, withSeconds } from './platform';

export const panoptoLinks = {
  timestampUrl: (url, seconds) => withSeconds(url, 'start', seconds),
} satisfies PlatformLinks;
