import { useEffect, useState } from 'preact/hooks';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { PromptAsk, PromptChoice } from '@/utils/prompts/runner';
import { ReviewPrompt } from './ReviewPrompt';

/**
 * The review prompt inside the overlay's UI: shown when the page-side runner asks (the video is
 * paused then); saves the answer through the background itself and tells the runner only what
 * the student chose, so the answer never passes through the page.
 */
export function OverlayReviewPrompt({ bridge }: { bridge: OverlayBridge }) {
  const [prompt, setPrompt] = useState<PromptAsk | null>(null);
  useEffect(
    () =>
      bridge.listen((message) => {
        if (message.type === 'review-prompt') setPrompt(message.prompt);
      }),
    [bridge],
  );
  if (!prompt) return null;
  const close = (choice: PromptChoice) => {
    setPrompt(null);
    bridge.post({ type: 'review-outcome', choice });
  };
  return (
    <ReviewPrompt
      key={`${prompt.lectureKey}@${prompt.segment.join('-')}`}
      segment={prompt.segment}
      question={prompt.question}
      onSave={async ({ text, confidence }) => {
        await bridge.send('prompts/answer', {
          lectureKey: prompt.lectureKey,
          segment: prompt.segment,
          covered: prompt.covered,
          text,
          confidence,
        });
        close('answered');
      }}
      onRewind={() => close('rewound')}
      onSnooze={() => close('snoozed')}
      onSkip={() => close('skipped')}
    />
  );
}
