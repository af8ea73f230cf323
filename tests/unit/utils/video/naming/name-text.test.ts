import { describe, expect, it } from 'vitest';
import { cleanName, firstMeaningfulName, isMeaningfulName, shortenName } from '@/utils/video/naming/name-text';

describe('cleanName', () => {
  it('collapses whitespace and control characters, keeps bidi marks', () => {
    expect(cleanName('  Lecture\n\t 3\u0000 ')).toBe('Lecture 3');
    expect(cleanName('\u200fالمحاضرة ٣')).toBe('\u200fالمحاضرة ٣');
  });
});

describe('isMeaningfulName', () => {
  it.each(['Lecture 3', 'المحاضرة ٣', '第3回', 'Ω', 'x'])('%s says something', (name) => {
    expect(isMeaningfulName(name)).toBe(true);
  });
  it.each(['', '   ', '12', '١٢', '3 — 4', '...', '(12)', '#1 | 2', '★★★'])('"%s" does not', (name) => {
    expect(isMeaningfulName(name)).toBe(false);
  });
});

describe('firstMeaningfulName', () => {
  it('takes the first candidate with a letter, cleaned', () => {
    expect(firstMeaningfulName(['  ', '42', ' - ', '  Lecture  4 ', 'Later'])).toBe('Lecture 4');
    expect(firstMeaningfulName(['', '007'])).toBe('');
  });
});

describe('shortenName', () => {
  it('keeps a name that fits', () => {
    expect(shortenName('Lecture 3', 500)).toBe('Lecture 3');
    expect(shortenName('x'.repeat(500), 500)).toHaveLength(500);
  });

  it('cuts a long name at a word and adds an ellipsis', () => {
    const long = `${'Thermodynamics and statistical mechanics, '.repeat(150)}end`;
    const short = shortenName(long, 500);
    expect(short.length).toBeLessThanOrEqual(500);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short.slice(0, -1)).toMatch(/(?:mechanics|statistical|and|Thermodynamics)$/);
  });

  it('cuts a script without spaces mid-text, never inside a surrogate pair', () => {
    const cjk = '熱力学'.repeat(300);
    expect(shortenName(cjk, 500)).toBe(`${cjk.slice(0, 499)}…`);
    const emoji = `a${'😀'.repeat(400)}`;
    const short = shortenName(emoji, 500);
    expect(short.length).toBeLessThanOrEqual(500);
    expect(short.slice(0, -1)).not.toMatch(/[\uD800-\uDBFF]$/);
    expect([...short.slice(1, -1)].every((char) => char === '😀')).toBe(true);
  });
});
