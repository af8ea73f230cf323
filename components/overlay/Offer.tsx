import type { ComponentChildren } from 'preact';

interface Props {
  /** Names the offer for screen readers. */
  label: string;
  /** What is offered, when the action's own text does not say it. */
  children?: ComponentChildren;
  action: ComponentChildren;
  onAction: () => void;
  /** The button that turns it down; one that shows only a sign (✕) is small and named by `label`. */
  decline: { text: string; label?: string };
  onDecline: () => void;
}

/** Something offered over the video, one click to take it, one to turn it down. */
export function Offer({ label, children, action, onAction, decline, onDecline }: Props) {
  return (
    <section class="offer" aria-label={label}>
      {children}
      <button type="button" class="primary" onClick={onAction}>
        {action}
      </button>
      <button type="button" class={decline.label ? 'small' : undefined} aria-label={decline.label} onClick={onDecline}>
        {decline.text}
      </button>
    </section>
  );
}
