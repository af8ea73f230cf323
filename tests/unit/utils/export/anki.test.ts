import { describe, expect, it } from 'vitest';
import { ANKI_HEADER, ankiExporter, escapeAnkiHtml } from '@/utils/export/anki';
import { exportToText } from '@/utils/export/exporter';
import { selectForExport } from '@/utils/export/snapshot';
import { expectGolden } from './golden';
import { EXPORT_NOW, exportSample, hostileLibrary } from './sample-library';

describe('Anki export', () => {
  const text = exportSample(ankiExporter);

  it('writes Anki header lines, then questions and recalls as cards (golden file)', () => {
    expectGolden('library-anki.txt', text);
    expect(text.startsWith(`${ANKI_HEADER}\n`)).toBe(true);
  });

  it('makes cards of questions and recalls only, four tab-separated fields each, tags carried over', () => {
    const rows = text
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t'));
    expect(rows.map((row) => row[0])).toEqual(['n2', 'n3', 'n4']);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    expect(rows[1]?.[3]).toBe('lectern exam');
  });

  it('escapes HTML, tabs and line breaks in user text', () => {
    expect(escapeAnkiHtml('a<b>&"c"\td\ne')).toBe('a&lt;b&gt;&amp;&quot;c&quot; d<br>e');
  });

  it('links only to http(s) addresses: a javascript: lecture URL gives no link', () => {
    const text = exportToText(ankiExporter, selectForExport(hostileLibrary, { kind: 'all' }), { now: EXPORT_NOW });
    expect(text).not.toMatch(/javascript:|<a /);
    expect(text).toMatch(/From Week 3.* at 0:30\t/);
  });

  it('keeps a title with line breaks on one line', () => {
    const text = exportToText(ankiExporter, selectForExport(hostileLibrary, { kind: 'all' }), { now: EXPORT_NOW });
    expect(text).toContain('From Week 3 # Injected heading - injected item at 0:30\t');
  });

  it("quotes a question's caption on the back of its card, HTML-escaped", () => {
    const back = text
      .split('\n')
      .find((line) => line.startsWith('n2\t'))
      ?.split('\t')[2];
    expect(back).toMatch(
      /<\/a><blockquote>so the &lt;b&gt;energy&lt;\/b&gt; is released, &quot;really&quot; # when the \*bond\* breaks<\/blockquote>$/,
    );
  });
});
