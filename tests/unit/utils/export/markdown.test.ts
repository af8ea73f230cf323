import { describe, expect, it } from 'vitest';
import { exportToText } from '@/utils/export/exporter';
import { escapeMarkdown, markdownExporter } from '@/utils/export/markdown';
import { selectForExport } from '@/utils/export/snapshot';
import { expectGolden } from './golden';
import { EXPORT_NOW, exportSample, hostileLibrary } from './sample-library';

process.env.TZ = 'UTC';

describe('Markdown export', () => {
  it('writes one section per lecture with timestamp links (golden file)', () => {
    expectGolden('library.md', exportSample(markdownExporter));
  });

  it('exports one lecture under its own title (golden file)', () => {
    expectGolden('lecture.md', exportSample(markdownExporter, { kind: 'lecture', lectureKey: 'youtube:abc123' }));
  });

  it.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert(1)\\>'],
    ['*bold* and `code`', '\\*bold\\* and \\`code\\`'],
    ['a #tag_with_underscore stays', 'a #tag_with_underscore stays'],
    ['_emphasis_', '\\_emphasis\\_'],
    ['$x$ math', '\\$x\\$ math'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('links only to http(s) addresses: a javascript: lecture URL gives no link at all', () => {
    const text = exportToText(markdownExporter, selectForExport(hostileLibrary, { kind: 'all' }), { now: EXPORT_NOW });
    expect(text).not.toMatch(/javascript:/);
    expect(text).toMatch(/^- 0:30 \*\*Question:\*\* What is a heat engine\?$/m);
  });

  it('keeps titles and sites on one line: a line break never starts a heading or a list', () => {
    const text = exportToText(markdownExporter, selectForExport(hostileLibrary, { kind: 'all' }), { now: EXPORT_NOW });
    expect(text).toContain('## Week 3 # Injected heading - injected item\n');
    expect(text).toContain('- Site: lms.example.edu ## site\n');
    expect(text.split('\n').filter((line) => /^#/.test(line))).toEqual([
      '# Week 3 # Injected heading - injected item — notes',
      '## Week 3 # Injected heading - injected item',
    ]);
  });

  it("quotes a note's caption under it, escaped and on one line, inside the note's list item", () => {
    const text = exportSample(markdownExporter);
    expect(text).toContain(
      '  \\- not a list\n  > so the \\<b\\>energy\\</b\\> is released, "really" # when the \\*bond\\* breaks\n- [2:00]',
    );
    expect(text.match(/^ {2}> /gm)).toHaveLength(1);
  });
});
