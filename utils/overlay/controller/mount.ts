/**
 * Mount: puts Lectern's UI into the page (../host.ts) and connects to the document in its iframe
 * over a private MessageChannel, on every load of that document: the first, and again wherever the
 * iframe loads anew (moving the host into a fullscreen player does, except with Chromium's
 * moveBefore). The token in the iframe's URL comes from the background, issued for this tab and
 * frame (utils/background/overlay-tokens.ts): only a document of the extension's origin holding it,
 * which the background confirms is framed here, takes the port (../frame-connect.ts).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../protocol/send';
import { CONNECT_MESSAGE, type FromFrame } from '../frame-messages';
import { createOverlayHost } from '../host';
import type { OverlayState, OverlayUi } from './state';

const FRAME_PATH = '/overlay-frame.html';

export interface MountOptions {
  /** The iframe's document loaded anew: not ready until it says so. */
  onLoad(): void;
  onMessage(message: FromFrame): void;
  signal: AbortSignal;
}

/** Mounts once the background issued a token; false if it did not (or the script was orphaned). */
export async function mountOverlay(state: OverlayState, { onLoad, onMessage, signal }: MountOptions): Promise<boolean> {
  const token = await sendMessage('overlay/issue-token', {}).then(
    (issued) => issued.token,
    () => null,
  );
  if (!token || signal.aborted) return false;
  const host = createOverlayHost(`${browser.runtime.getURL(FRAME_PATH)}#token=${token}`);
  const ui: OverlayUi = { host, port: new MessageChannel().port1, ready: false, size: { width: 0, height: 0 } };
  state.ui = ui;
  // The extension's own origin, where the UI's document lives: in Chrome the frame URL above is a
  // per-session dynamic one (use_dynamic_url, wxt.config.ts), but the document commits at this one.
  const origin = browser.runtime.getURL('/').replace(/\/$/, '');
  host.iframe.addEventListener(
    'load',
    () => {
      ui.port.close();
      const channel = new MessageChannel();
      ui.port = channel.port1;
      ui.ready = false;
      onLoad();
      channel.port1.onmessage = (event: MessageEvent<FromFrame>) => onMessage(event.data);
      // Only a document of our extension's origin can receive the port (never '*').
      host.iframe.contentWindow?.postMessage({ type: CONNECT_MESSAGE, token }, origin, [channel.port2]);
    },
    { signal },
  );
  return true;
}

/** Takes the UI out of the page (the extension was updated or removed). */
export function unmountOverlay(state: OverlayState): void {
  state.ui?.port.close();
  state.ui?.host.remove();
}
