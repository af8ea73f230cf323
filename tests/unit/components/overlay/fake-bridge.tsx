/** The overlay UI's bridge for component tests: the real background handlers (on fake-indexeddb), the port faked. */
import { act, render, renderHook } from '@testing-library/preact';
import type { VNode } from 'preact';
import { vi } from 'vitest';
import { track } from '@/tests/support/in-flight';
import { pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { ToFrame } from '@/utils/overlay/frame-messages';
import type { MessageType, RequestOf, Responses } from '@/utils/protocol/messages';

/** What the frame's send rejects with when the background's worker is being stopped (Chromium's words). */
export const WORKER_GONE = 'Could not establish connection. Receiving end does not exist.';

/** A fake bridge; the message types in `failing` fail as they do while the worker is stopped. */
export function fakeBridge(failing: MessageType[] = []) {
  // Like the real bridge (portBridge), any number of listeners: the review prompt listens too.
  const listeners = new Set<(message: ToFrame) => void>();
  /** What the UI posts to the controller. */
  const post = vi.fn();
  const bridge: OverlayBridge = {
    async send<T extends MessageType>(type: T, payload: RequestOf<T>) {
      if (failing.includes(type)) throw new Error(WORKER_GONE);
      // Tracked: a test ends only once its sends are answered (tests/unit/setup.ts).
      const reply = await track(answerMessage({ type, payload }, pageSender()));
      if (!reply.ok) throw new Error(reply.error);
      return reply.data as Responses[T];
    },
    post,
    listen(next) {
      listeners.add(next);
      return () => listeners.delete(next);
    },
  };
  /** The controller's messages, sent back to back (one act: no render or effect in between). */
  const emit = (...messages: ToFrame[]) =>
    act(() => {
      for (const message of messages) for (const listener of listeners) listener(message);
    });
  return { bridge, post, emit };
}

/** Renders `ui` on a fake bridge; returns what it posts and how to send it messages. */
export function renderOnBridge(ui: (bridge: OverlayBridge) => VNode, failing: MessageType[] = []) {
  const { bridge, post, emit } = fakeBridge(failing);
  render(ui(bridge));
  return { post, emit };
}

/** Runs `hook` on a fake bridge; returns the bridge, what the hook posts, how to send it messages, and its result. */
export function renderHookOnBridge<T>(hook: (bridge: OverlayBridge) => T) {
  const mounted = fakeBridge();
  const { result } = renderHook(() => hook(mounted.bridge));
  return { ...mounted, result };
}
