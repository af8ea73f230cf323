import { useState } from 'preact/hooks';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import { useFrameMessage } from './use-frame-message';

/**
 * "Continue from 12:34": offered with each lecture the controller names (where the student left
 * it last time), until they take it, dismiss it, or play up to it (within 2 s: they got there).
 */
export function useResumeOffer(bridge: OverlayBridge) {
  const [at, setAt] = useState<number | null>(null);
  useFrameMessage(bridge, (message) => {
    if (message.type === 'lecture') setAt(message.lecture?.resumeAt ?? null);
    else if (message.type === 'playback')
      setAt((offered) => (offered !== null && message.time > offered - 2 ? null : offered));
  });
  return {
    at,
    /** Seeks the video there. */
    resume() {
      if (at === null) return;
      bridge.post({ type: 'seek', time: at });
      setAt(null);
    },
    dismiss: () => setAt(null),
  };
}
