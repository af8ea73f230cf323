import { describe, expect, it } from 'vitest';
import { kaltura } from '@/utils/video/platforms/kaltura';
import { loom } from '@/utils/video/platforms/loom';
import { panopto } from '@/utils/video/platforms/panopto';
import { pageWith } from '../replica';

describe('Panopto adapter', () => {
  it.each([
    [
      'https://uni.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=0B7D5A5E-1C2D-4E3F-8A9B-0C1D2E3F4A5B',
      'panopto:0b7d5a5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
    ],
    [
      'https://uni.hosted.panopto.com/Panopto/Pages/Embed.aspx?id=0b7d5a5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b&autoplay=false',
      'panopto:0b7d5a5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
    ],
    ['https://uni.hosted.panopto.com/Panopto/Pages/Sessions/List.aspx', null],
  ])('%s → %s', (href, key) => {
    const url = new URL(href);
    expect(panopto.matches(url)).toBe(true);
    expect(panopto.lectureKey(url, null, null)).toBe(key);
  });

  it('links to the moment with start=', () => {
    const url = new URL(
      'https://uni.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=0b7d5a5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
    );
    expect(panopto.timestampUrl?.(url, 61)).toContain('start=61');
  });
});

describe('Kaltura adapter', () => {
  it.each([
    [
      'https://cdnapisec.kaltura.com/p/2031/sp/203100/embedIframeJs/uiconf_id/4454/partner_id/2031?iframeembed=true&entry_id=1_ab12cd34',
      'kaltura:1_ab12cd34',
    ],
    [
      'https://cdnapisec.kaltura.com/html5/html5lib/v2/mwEmbedFrame.php/p/2031/uiconf_id/4454/entry_id/0_zz99yy88?wid=_2031',
      'kaltura:0_zz99yy88',
    ],
    ['https://uni.mediaspace.kaltura.com/media/Thermodynamics+Lecture+2/1_ab12cd34', 'kaltura:1_ab12cd34'],
    ['https://canvas.uni.edu/courses/1/external_tools/retrieve?entry_id=1_ab12cd34', 'kaltura:1_ab12cd34'],
  ])('%s → %s', (href, key) => {
    const url = new URL(href);
    expect(kaltura.matches(url)).toBe(true);
    expect(kaltura.lectureKey(url, null, null)).toBe(key);
  });

  it('reads the entry id from the player markup when the URL has none', () => {
    const doc = pageWith('', '<div id="kplayer" data-entry-id="1_qq11ww22"></div>');
    expect(kaltura.lectureKey(new URL('https://cdnapisec.kaltura.com/index.php/extwidget/preview'), doc, null)).toBe(
      'kaltura:1_qq11ww22',
    );
  });

  it('takes the entry title', () => {
    expect(kaltura.title(pageWith('', '<div class="entry-title">Week 2: Heat engines</div>', 'Kaltura'))).toBe(
      'Week 2: Heat engines',
    );
  });
});

describe('Loom adapter', () => {
  it.each([
    ['https://www.loom.com/share/0123456789abcdef0123456789abcdef?sid=x', 'loom:0123456789abcdef0123456789abcdef'],
    ['https://www.loom.com/embed/0123456789ABCDEF0123456789ABCDEF', 'loom:0123456789abcdef0123456789abcdef'],
    ['https://www.loom.com/pricing', null],
  ])('%s → %s', (href, key) => {
    expect(loom.lectureKey(new URL(href), null, null)).toBe(key);
  });

  it('links to the moment with t=', () => {
    expect(loom.timestampUrl?.(new URL('https://www.loom.com/share/0123456789abcdef0123456789abcdef'), 12)).toBe(
      'https://www.loom.com/share/0123456789abcdef0123456789abcdef?t=12',
    );
  });
});
