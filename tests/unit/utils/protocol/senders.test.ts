import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { senderRules } from '@/utils/protocol/messages';
import { portSenders } from '@/utils/protocol/ports';
import { type SenderTrust, senderKindOf, senderTable } from '@/utils/protocol/senders';

const trust: SenderTrust = { extensionBase: 'chrome-extension://lectern/', lecturesOfFrame: async () => [] };

describe('who may send each message', () => {
  it.each([
    ['an extension page', { url: 'chrome-extension://lectern/dashboard.html' }, 'page'],
    ['the overlay iframe in a tab', { url: 'chrome-extension://lectern/overlay-frame.html', tab: { id: 3 } }, 'page'],
    ['a content script in a tab', { url: 'https://lms.example.edu/', tab: { id: 3 }, frameId: 2 }, 'content'],
    ['a look-alike origin', { url: 'chrome-extension://lectern.evil/x', tab: { id: 3 } }, 'content'],
    ['a sender without a URL', { tab: { id: 3 } }, null],
    ['a web page outside any tab', { url: 'https://evil.example/' }, null],
  ])('knows %s', (_name, sender, kind) => {
    expect(senderKindOf(sender, trust)).toBe(kind);
  });

  it('gives every message a rule, and the README lists them all as the map says', () => {
    for (const rule of [...Object.values(senderRules), ...Object.values(portSenders)])
      expect(rule.from.length).toBeGreaterThan(0);
    // Compared cell by cell: the formatter pads the README's columns.
    const cells = (markdown: string) => markdown.replace(/ +/g, ' ').replace(/-{3,}/g, '---');
    expect(cells(readFileSync('README.md', 'utf8'))).toContain(cells(senderTable(senderRules, portSenders)));
  });
});
