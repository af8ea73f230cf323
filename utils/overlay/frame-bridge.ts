/**
 * What the overlay's UI (in its extension-origin iframe) needs from the outside world: the
 * background's protocol for data, and the private port to the page-side controller for the
 * video. Passed in as a prop so component tests can hand in a fake.
 */
import type { MessageType, RequestOf, Responses } from '../protocol/messages';
import type { FromFrame, ToFrame } from './frame-messages';

export interface OverlayBridge {
  send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Responses[T]>;
  post(message: FromFrame): void;
  listen(listener: (message: ToFrame) => void): () => void;
}

/** The bridge over a MessagePort handed over by the controller. */
export function portBridge(
  port: MessagePort,
  send: OverlayBridge['send'],
): OverlayBridge & { listeners: Set<(message: ToFrame) => void> } {
  const listeners = new Set<(message: ToFrame) => void>();
  port.onmessage = (event: MessageEvent<ToFrame>) => {
    for (const listener of listeners) listener(event.data);
  };
  return {
    listeners,
    send,
    post: (message) => port.postMessage(message),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
