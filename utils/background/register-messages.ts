import { browser } from 'wxt/browser';
import { dispatchMessage, type MessageSender } from '../protocol/messages';
import { handlers } from './handlers';

/** Answers protocol messages from our own content scripts and pages; ignores everyone else. */
export function registerMessageHandlers() {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return dispatchMessage(handlers, message, sender);
  });
}
