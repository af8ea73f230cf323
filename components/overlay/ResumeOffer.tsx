import { formatVideoTime } from '@/utils/model/video-time';

interface Props {
  at: number;
  onResume: () => void;
  onDismiss: () => void;
}

/** "Continue from 12:34": where the student left this lecture last time, one click away. */
export function ResumeOffer({ at, onResume, onDismiss }: Props) {
  return (
    <section class="offer" aria-label="Continue where you left off">
      <button type="button" class="primary" onClick={onResume}>
        Continue from {formatVideoTime(at)}
      </button>
      <button type="button" class="small" aria-label="Dismiss, start from here" onClick={onDismiss}>
        ✕
      </button>
    </section>
  );
}
