/** Senders as the background sees them (utils/protocol/senders.ts), for tests of dispatch. */
import { browser } from 'wxt/browser';
import { type MessageSender, type MessageType, senderRules } from '@/utils/protocol/messages';

/** One of Lectern's own pages (the dashboard unless told): its URL is on the extension's origin. */
export const pageSender = (
  path: '/dashboard.html' | '/popup.html' | '/options.html' | '/overlay-frame.html' = '/dashboard.html',
): MessageSender => ({
  id: browser.runtime.id,
  url: browser.runtime.getURL(path),
});

/** A content script in frame `frameId` of tab `tabId`, at `url`, in a tab showing `tabUrl`. */
export const contentSender = (tabId: number, frameId: number, url: string, tabUrl = url): MessageSender => ({
  id: browser.runtime.id,
  url,
  tab: { id: tabId, url: tabUrl },
  frameId,
});

/** The content script of the frame showing https://example.edu/lecture/1 (tab 1, top frame). */
export const lectureFrameSender = () => contentSender(1, 0, 'https://example.edu/lecture/1');

/** A sender each message accepts: a page where pages may send it, else the lecture's frame. */
export const senderFor = (type: MessageType) =>
  senderRules[type].from.includes('page') ? pageSender() : lectureFrameSender();
