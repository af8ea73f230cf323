import { useLayoutEffect, useState } from 'preact/hooks';
import { recordReviewGrade } from '@/utils/db/review-items';
import { useOpenAt } from '@/utils/hooks/use-open-at';
import type { Lecture } from '@/utils/model/lectures';
import type { Note } from '@/utils/model/notes';
import { formatInterval, nextIntervals, REVIEW_GRADES, type ReviewGrade } from '@/utils/review/scheduler';
import { couldNot } from '../shared/could-not';
import { OpenAtError } from './OpenAtError';
import { ReviewCardView } from './ReviewCardView';

interface Props {
  items: Note[];
  lectures: Map<string, Lecture>;
  onFinished: (reviewed: number) => void;
}

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** A review session over the items due when it began. Keys: Space/Enter reveal, 1–4 grade, P play. */
export function ReviewSession({ items, lectures, onFinished }: Props) {
  const [position, setPosition] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { openAt, error: openError, dismiss } = useOpenAt();
  const note = items[position];

  const play = () => {
    if (note) void openAt(note.lectureKey, note.segment?.[0] ?? note.time);
  };
  const grade = async (chosen: ReviewGrade) => {
    if (!note || !revealed) return;
    try {
      await recordReviewGrade(note.id, chosen, Date.now());
    } catch (failure) {
      setError(couldNot('save this grade', failure));
      return;
    }
    setError(null);
    setRevealed(false);
    if (position + 1 >= items.length) onFinished(items.length);
    else setPosition(position + 1);
  };

  // A layout effect, so the key handler sees the new state as soon as it is on screen: a student
  // (or a test) pressing a grade right after Space must not hit the handler of the hidden answer.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      const chosen = REVIEW_GRADES.find((entry) => entry.key === event.key);
      if (!revealed && (event.key === ' ' || event.key === 'Enter') && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && chosen) {
        event.preventDefault();
        void grade(chosen.grade);
      } else if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        play();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  if (!note) return null;
  const intervals = nextIntervals(note, Date.now());
  return (
    <div class="review-session">
      <p class="muted" aria-live="polite">
        Review {position + 1} of {items.length}
      </p>
      <ReviewCardView note={note} lecture={lectures.get(note.lectureKey)} revealed={revealed} onPlay={play} />
      <OpenAtError error={openError} onDismiss={dismiss} />
      {error ? <p role="alert">{error}</p> : null}
      {revealed ? (
        <fieldset class="review-grades" aria-labelledby="grade-legend">
          <legend id="grade-legend">How well did you know it?</legend>
          {REVIEW_GRADES.map((entry) => (
            <button
              key={entry.grade}
              type="button"
              class={`grade-${entry.grade}`}
              onClick={() => void grade(entry.grade)}
            >
              {entry.label} <span class="muted">{formatInterval(intervals[entry.grade])}</span> <kbd>{entry.key}</kbd>
            </button>
          ))}
        </fieldset>
      ) : (
        <button type="button" class="primary review-reveal" onClick={() => setRevealed(true)}>
          Reveal <kbd>Space</kbd>
        </button>
      )}
    </div>
  );
}
