import { browser } from 'wxt/browser';
import { sendMessage } from '../protocol/send';
import { CONNECT_MESSAGE, type ConnectMessage } from './frame-messages';

/** Asks the background whether `token` was issued for the tab and frame this page is framed in. */
export type ConfirmToken = (token: string, win: Window) => Promise<boolean>;

/**
 * In the overlay page: resolves with the controller's port, from the first connect message that
 * carries the token in this page's own URL (only the controller knows it: the iframe sits in a
 * closed shadow root), once the background confirms that token was issued to the controller of
 * the tab and frame this page is framed in (utils/background/overlay-tokens.ts). A page that frames
 * this page itself, with a token of its own, never gets that: the port it offers is closed and
 * this never resolves (nothing renders). Anything else posted to this frame is ignored.
 * Call it before anything else renders, so the controller's message cannot arrive first.
 */
export function waitForControllerPort(
  win: Window = window,
  confirm: ConfirmToken = confirmWithBackground,
): Promise<MessagePort> {
  const token = new URLSearchParams(win.location.hash.slice(1)).get('token');
  const confirmed = token ? confirm(token, win).catch(() => false) : Promise.resolve(false);
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as Partial<ConnectMessage> | null;
      const port = event.ports[0];
      if (!token || data?.type !== CONNECT_MESSAGE || data.token !== token || !port) return;
      win.removeEventListener('message', onMessage);
      // The token is spent: drop it from the URL.
      win.history.replaceState(null, '', win.location.pathname);
      void confirmed.then((isOurs) => {
        if (isOurs) resolve(port);
        else port.close();
      });
    };
    win.addEventListener('message', onMessage);
  });
}

/** Where this page is framed, as the browser tells it: its parent's frame id (Firefox), else origin. */
export function parentOf(
  win: Window,
  getFrameId?: (target: Window) => number,
): {
  parentFrameId?: number;
  parentOrigin?: string;
} {
  if (getFrameId) {
    try {
      return { parentFrameId: getFrameId(win.parent) };
    } catch {
      // Not for this window: fall back on the origin.
    }
  }
  const origin = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0];
  return origin ? { parentOrigin: origin } : {};
}

/** The background's answer for `token` (the real ConfirmToken). */
export const confirmWithBackground: ConfirmToken = async (token, win) => {
  const runtime = browser.runtime as typeof browser.runtime & { getFrameId?: (target: Window) => number };
  const getFrameId = runtime.getFrameId ? (target: Window) => runtime.getFrameId?.(target) ?? -1 : undefined;
  const { confirmed } = await sendMessage('overlay/confirm-token', { token, ...parentOf(win, getFrameId) });
  return confirmed;
};
