import { describe, expect, it } from 'vitest';
import { isSiteDisabled } from '@/utils/settings/disabled-sites';
import { frameHosts } from '@/utils/video/frame-hosts';

const frame = (hostname: string, ancestors?: string[]) =>
  ({ hostname, ancestorOrigins: ancestors }) as unknown as Location;

describe('the hosts a frame is on', () => {
  it.each([
    [frame('www.youtube.com'), ['www.youtube.com']],
    [
      frame('cdnapisec.kaltura.com', ['https://lms.example.edu', 'http://127.0.0.1:5173']),
      ['cdnapisec.kaltura.com', 'lms.example.edu', '127.0.0.1'],
    ],
  ])('%o: %j', (location, hosts) => {
    expect(frameHosts(location)).toEqual(hosts);
  });

  it.each([
    [[], 'www.youtube.com', false],
    [['www.youtube.com'], 'www.youtube.com', true],
    [['vimeo.com'], 'www.youtube.com', false],
    ['not a list', 'www.youtube.com', false],
  ])('disabled sites %o on %s: %s', (disabled, hostname, expected) => {
    expect(isSiteDisabled(disabled, ...frameHosts({ hostname } as Location))).toBe(expected);
  });

  it('is off in a player embedded in a disabled site (where the browser names the page around it)', () => {
    const embedded = frame('cdnapisec.kaltura.com', ['https://lms.example.edu']);
    expect(isSiteDisabled(['example.edu'], ...frameHosts(embedded))).toBe(true);
    expect(isSiteDisabled(['example.org'], ...frameHosts(embedded))).toBe(false);
  });
});
