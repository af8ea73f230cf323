import { describe, expect, it } from 'vitest';
import { csvExporter, csvField } from '@/utils/export/csv';
import { expectGolden } from './golden';
import { exportSample } from './sample-library';

process.env.TZ = 'UTC';

describe('CSV export', () => {
  it('writes a header and one RFC 4180 row per note (golden file)', () => {
    const text = exportSample(csvExporter);
    expectGolden('library.csv', text);
    // Every record ends with CRLF; a quoted field may hold a bare line break.
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])('quotes and guards %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it.each(['=1+1', '+33 6', '-2', '@SUM(A1)', '\tTAB'])(
    'guards %j, which a spreadsheet would run as a formula, with a leading quote',
    (input) => {
      expect(csvField(input)).toBe(`'${input}`);
    },
  );

  it('leaves numbers and empty values as they are', () => {
    expect([csvField(12.5), csvField(null), csvField(false)]).toEqual(['12.5', '', 'false']);
  });

  it("carries a note's caption in its own column, quoted and guarded like any text", () => {
    const text = exportSample(csvExporter);
    const header = text.split('\r\n')[0]?.replace('\uFEFF', '').split(',') ?? [];
    expect(header.indexOf('caption')).toBe(header.indexOf('text') + 1);
    expect(text).toContain(',"so the <b>energy</b> is released, ""really""\n# when the *bond* breaks",');
  });
});
