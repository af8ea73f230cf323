import { describe } from 'vitest';
import { panopto } from '@/utils/video/platforms/panopto';
import { itKeysUrls } from './adapter-cases';

const pages = 'https://uni.hosted.panopto.com/Panopto/Pages';

describe('Panopto adapter', () => {
  itKeysUrls(panopto, [
    [`${pages}/Viewer.aspx?id=0B7D5A5E-1C2D-4E3F-8A9B-0C1D2E3F4A5B`, 'panopto:0b7d5a5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b'],
    [
      `${pages}/Embed.aspx?id=0b7d5a5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b&autoplay=false`,
      'panopto:0b7d5a5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
    ],
    [`${pages}/Sessions/List.aspx`, null],
  ]);
});
