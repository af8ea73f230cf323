/**
 * Mount: puts Lectern's UI into the page (../host.ts) and connects to the document in its iframe
 * over a private MessageChannel, on every load of that document: the first, and again wherever the
 * iframe loads anew (moving the host into a fullscreen player does, except with Chromium's
 * moveBefore). Only a document of the extension's origin that holds the one-time token from its
 * URL takes the port (../frame-connect.ts).
 */
import { browser } from 'wxt/browser';
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

export function mountOverlay(state: OverlayState, { onLoad, onMessage, signal }: MountOptions): void {
  const token = randomToken();
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
}

/** Takes the UI out of the page (the extension was updated or removed). */
export function unmountOverlay(state: OverlayState): void {
  state.ui?.port.close();
  state.ui?.host.remove();
}

/** A one-time secret (crypto.randomUUID needs a secure context; lecture pages are often http). */
export function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
