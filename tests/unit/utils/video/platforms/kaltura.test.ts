import { describe, expect, it } from 'vitest';
import { kaltura } from '@/utils/video/platforms/kaltura';
import { pageWith } from '../replica';
import { itKeysUrls } from './adapter-cases';

describe('Kaltura adapter', () => {
  itKeysUrls(kaltura, [
    [
      'https://cdnapisec.kaltura.com/p/2031/sp/203100/embedIframeJs/uiconf_id/4454/partner_id/2031?iframeembed=true&entry_id=1_ab12cd34',
      'kaltura:1_ab12cd34',
    ],
    [
      'https://cdnapisec.kaltura.com/html5/html5lib/v2/mwEmbedFrame.php/p/2031/uiconf_id/4454/entry_id/0_zz99yy88?wid=_2031',
      'kaltura:0_zz99yy88',
    ],
    ['https://uni.mediaspace.kaltura.com/media/Thermodynamics+Lecture+2/1_ab12cd34', 'kaltura:1_ab12cd34'],
  ]);

  it.each([
    'https://hostile.example.com/claim.html?entry_id=1_ab12cd34',
    'https://canvas.uni.edu/courses/1/external_tools/retrieve?entry_id=1_ab12cd34',
    'https://evil.example/p/1/entry_id/1_ab12cd34',
    'https://evil.example/media/x/1_ab12cd34',
    'https://kaltura.com.evil.example/?entry_id=1_ab12cd34',
  ])('leaves a page elsewhere that names an entry id to the next adapter: %s', (href) => {
    expect(kaltura.matches(new URL(href))).toBe(false);
  });

  it('reads the entry id from the player markup when the URL has none', () => {
    const doc = pageWith('', '<div id="kplayer" data-entry-id="1_qq11ww22"></div>');
    expect(kaltura.lectureKey(new URL('https://cdnapisec.kaltura.com/index.php/extwidget/preview'), doc)).toBe(
      'kaltura:1_qq11ww22',
    );
  });

  it('takes the entry title', () => {
    expect(kaltura.title(pageWith('', '<div class="entry-title">Week 2: Heat engines</div>', 'Kaltura'))).toBe(
      'Week 2: Heat engines',
    );
  });
});
