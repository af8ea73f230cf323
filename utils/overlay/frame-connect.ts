import { CONNECT_MESSAGE, type ConnectMessage } from './frame-messages';

/**
 * In the overlay page: resolves with the controller's port, from the first connect message that
 * carries the token in this page's own URL (only the controller knows it: the iframe sits in a
 * closed shadow root). Anything else posted to this frame — by the page, say — is ignored.
 * Call it before anything else renders, so the controller's message cannot arrive first.
 */
export function waitForControllerPort(win: Window = window): Promise<MessagePort> {
  const token = new URLSearchParams(win.location.hash.slice(1)).get('token');
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as Partial<ConnectMessage> | null;
      if (!token || data?.type !== CONNECT_MESSAGE || data.token !== token || !event.ports[0]) return;
      win.removeEventListener('message', onMessage);
      // The token is spent: drop it from the URL.
      win.history.replaceState(null, '', win.location.pathname);
      resolve(event.ports[0]);
    };
    win.addEventListener('message', onMessage);
  });
}
