import { useState } from 'preact/hooks';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { FrameLecture } from '@/utils/overlay/frame-messages';
import { useFrameMessage } from './use-frame-message';

/** The lecture the controller says the video shows (null: none, and the UI stays hidden). */
export function useFrameLecture(bridge: OverlayBridge): FrameLecture | null {
  const [lecture, setLecture] = useState<FrameLecture | null>(null);
  useFrameMessage(bridge, (message) => {
    if (message.type === 'lecture') setLecture(message.lecture);
  });
  return lecture;
}
