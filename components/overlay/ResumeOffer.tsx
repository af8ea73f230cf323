import { formatVideoTime } from '@/utils/model/video-time';
import { Offer } from './Offer';

/** "Continue from 12:34": where the student left this lecture last time, one click away. */
export function ResumeOffer({ at, onResume, onDismiss }: { at: number; onResume(): void; onDismiss(): void }) {
  return (
    <Offer
      label="Continue where you left off"
      action={`Continue from ${formatVideoTime(at)}`}
      onAction={onResume}
      decline={{ text: '✕', label: 'Dismiss, start from here' }}
      onDecline={onDismiss}
    />
  );
}
