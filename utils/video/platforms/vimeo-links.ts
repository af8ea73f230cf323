import { type PlatformLinks, withHash } from './platform';

/** Any Vimeo page opens at a moment with the fragment `#t=<seconds>s`. */
const atMoment = (url: URL, seconds: number) => withHash(url, `t=${Math.floor(seconds)}s`);

export const vimeoLinks = { timestampUrl: atMoment, pageTimestampUrl: atMoment } satisfies PlatformLinks;
