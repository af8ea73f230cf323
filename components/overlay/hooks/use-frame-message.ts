import { useEffect, useRef } from 'preact/hooks';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { ToFrame } from '@/utils/overlay/frame-messages';

/**
 * Calls `onMessage` with each message from the page-side controller. Subscribes once per bridge,
 * in the order the hooks are called (one message reaches them in that order); `onMessage` is the
 * latest render's, so it sees the latest state.
 */
export function useFrameMessage(bridge: OverlayBridge, onMessage: (message: ToFrame) => void): void {
  const latest = useRef(onMessage);
  latest.current = onMessage;
  useEffect(() => bridge.listen((message) => latest.current(message)), [bridge]);
}
