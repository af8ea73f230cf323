import { isHost, type PlatformAdapter, platformTitle } from './platform';

/** …/v/<video-slug>: Khan Academy's video pages. */
export const khanAcademy: PlatformAdapter = {
  id: 'khan-academy',
  matches: (url) => isHost(url, 'khanacademy.org'),
  lectureKey: (url) => {
    const match = /\/v\/([^/?#]+)/.exec(url.pathname);
    return match ? `khan-academy:${match[1]}` : null;
  },
  title: (doc) => platformTitle(doc, ['h1'], /\s+(?:\(video\)\s+)?\|\s+Khan Academy$/),
};
