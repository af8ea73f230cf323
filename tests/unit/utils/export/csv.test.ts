import { describe, expect, it } from 'vitest';
import { csvExporter, csvField } from '@/utils/export/csv';
import { exportToText } from '@/utils/export/exporter';
import { selectForExport } from '@/utils/export/snapshot';
import { expectGolden } from './golden';
import { EXPORT_NOW, sampleLibrary } from './sample-library';

process.env.TZ = 'UTC';

describe('CSV export', () => {
  it('writes a header and one RFC 4180 row per note (golden file)', () => {
    const text = exportToText(csvExporter, selectForExport(sampleLibrary, { kind: 'all' }), { now: EXPORT_NOW });
    expectGolden('library.csv', text);
    // Every record ends with CRLF; a quoted field may hold a bare line break.
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+33 6', "'+33 6"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])('quotes and guards %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('leaves numbers and empty values as they are', () => {
    expect([csvField(12.5), csvField(null), csvField(false)]).toEqual(['12.5', '', 'false']);
  });
});
