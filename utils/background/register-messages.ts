import { browser } from 'wxt/browser';
import { dispatchMessage, type MessageSender } from '../protocol/messages';
import type { SenderTrust } from '../protocol/senders';
import { handlers } from './handlers';
import { lecturesOfFrame } from './lecture-frames';

/** What dispatch needs to judge a sender: our origin, and what each frame has shown. */
export const backgroundTrust = (): SenderTrust => ({ extensionBase: browser.runtime.getURL('/'), lecturesOfFrame });

/** One message from Lectern's own contexts, judged by who sent it (utils/protocol/senders.ts). */
export function answerMessage(message: unknown, sender: MessageSender) {
  return dispatchMessage(handlers, message, sender, backgroundTrust());
}

/** Answers protocol messages from our own content scripts and pages; ignores everyone else. */
export function registerMessageHandlers() {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return answerMessage(message, sender);
  });
}
