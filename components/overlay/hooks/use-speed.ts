import { useEffect, useState } from 'preact/hooks';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import { useFrameMessage } from './use-frame-message';

/** How long the strip shows the speed after it changed. */
export const SPEED_SHOWN_MS = 2500;

export interface ShownSpeed {
  rate: number;
  /** It just changed: the strip shows it (otherwise only on hover). */
  fresh: boolean;
}

/** The lecture video's speed, as the page side reports it (utils/speed/keeper.ts). */
export function useSpeed(bridge: OverlayBridge): ShownSpeed | null {
  const [speed, setSpeed] = useState<ShownSpeed | null>(null);
  const [changes, setChanges] = useState(0);
  useFrameMessage(bridge, (message) => {
    if (message.type === 'lecture' && !message.lecture) setSpeed(null);
    if (message.type !== 'speed') return;
    setSpeed((shown) => ({ rate: message.rate, fresh: message.changed || (shown?.fresh ?? false) }));
    if (message.changed) setChanges((count) => count + 1);
  });
  useEffect(() => {
    if (changes === 0) return;
    const timer = setTimeout(() => setSpeed((shown) => shown && { ...shown, fresh: false }), SPEED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [changes]);
  return speed;
}
