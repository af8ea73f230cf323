import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentSender } from '@/tests/unit/utils/protocol/fake-senders';
import { registerClosedTabCleanup } from '@/utils/background/closed-tabs';
import { answerMessage } from '@/utils/background/register-messages';
import type { MessageSender } from '@/utils/protocol/messages';

const KALTURA = 'https://cdnapisec.kaltura.com';
/** The overlay controller, a content script in frame 3 of tab 7 (a Kaltura player in an LMS). */
const controller = () => contentSender(7, 3, `${KALTURA}/embed?entry_id=1_ab12cd34`, 'https://lms.example.edu/');
/** The overlay page, framed in tab `tabId` as frame `frameId`. */
const overlayPage = (tabId = 7, frameId = 9, path = '/overlay-frame.html'): MessageSender => ({
  id: browser.runtime.id,
  tab: { id: tabId },
  frameId,
  url: browser.runtime.getURL(path as '/overlay-frame.html'),
});

async function send(type: string, payload: unknown, sender: MessageSender) {
  return answerMessage({ type, payload }, sender);
}

async function issue(sender: MessageSender = controller()): Promise<string> {
  const reply = await send('overlay/issue-token', {}, sender);
  if (!reply.ok) throw new Error(reply.error);
  return (reply.data as { token: string }).token;
}

async function isConfirmed(token: string, where: object, sender: MessageSender = overlayPage()) {
  const reply = await send('overlay/confirm-token', { token, ...where }, sender);
  return reply.ok && (reply.data as { confirmed: boolean }).confirmed;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('overlay tokens', () => {
  it('issues a token to a content script, confirmed only to the overlay page framed in its tab and frame', async () => {
    const token = await issue();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(await isConfirmed(token, { parentFrameId: 3 })).toBe(true);
    expect(await isConfirmed(token, { parentOrigin: KALTURA })).toBe(true);
  });

  it.each([
    ['a token the background never issued', 'made-up', { parentFrameId: 3 }, overlayPage()],
    ['another tab', 'issued', { parentFrameId: 3 }, overlayPage(8)],
    ['another frame of the tab', 'issued', { parentFrameId: 0 }, overlayPage()],
    ['a parent of another origin', 'issued', { parentOrigin: 'https://hostile.example.com' }, overlayPage()],
    ['no word on where it is framed', 'issued', {}, overlayPage()],
    ['the overlay page in a tab of its own', 'issued', { parentFrameId: 3 }, overlayPage(7, 0)],
    ['another extension page', 'issued', { parentFrameId: 3 }, overlayPage(7, 9, '/dashboard.html')],
    ['a content script', 'issued', { parentFrameId: 3 }, controller()],
  ])('refuses %s', async (_, which, where, sender) => {
    const token = which === 'issued' ? await issue() : 'ab'.repeat(16);
    expect(await isConfirmed(token, where, sender)).toBe(false);
  });

  it('issues tokens to content scripts only, one per tab and frame (a new one replaces the old)', async () => {
    expect((await send('overlay/issue-token', {}, overlayPage())).ok).toBe(false);
    expect((await send('overlay/issue-token', {}, { id: browser.runtime.id, url: `${KALTURA}/embed` })).ok).toBe(false);
    const first = await issue();
    const second = await issue();
    expect(second).not.toBe(first);
    expect(await isConfirmed(first, { parentFrameId: 3 })).toBe(false);
    expect(await isConfirmed(second, { parentFrameId: 3 })).toBe(true);
  });

  it('forgets the tokens of a tab when it closes, and only those', async () => {
    registerClosedTabCleanup();
    const closing = await issue();
    const other = await issue(contentSender(8, 3, `${KALTURA}/embed?entry_id=1_ab12cd34`));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 0, isWindowClosing: false });
    expect(await isConfirmed(closing, { parentFrameId: 3 })).toBe(false);
    expect(await isConfirmed(other, { parentFrameId: 3 }, overlayPage(8))).toBe(true);
  });
});
