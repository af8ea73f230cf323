import { lectureHref } from '@/utils/library/route';
import type { Lecture } from '@/utils/model/lectures';
import type { Note } from '@/utils/model/notes';
import { formatVideoTime } from '@/utils/model/video-time';
import { reviewItemKind } from '@/utils/review/scheduler';
import { ClampedLink } from './FullName';

interface Props {
  note: Note;
  lecture: Lecture | undefined;
  revealed: boolean;
  onPlay: () => void;
}

const span = (note: Note) => {
  const [start, end] = note.segment ?? [Math.max(0, note.time - 30), note.time];
  return `${formatVideoTime(start)}–${formatVideoTime(end)}`;
};

/** One review item: the prompt, and once revealed, the answer (or the segment to replay). */
export function ReviewCardView({ note, lecture, revealed, onPlay }: Props) {
  const kind = reviewItemKind(note);
  const title = lecture?.title || 'a lecture';
  return (
    <article class={`review-card review-${kind}`} aria-labelledby="review-prompt">
      <p class="muted">
        <ClampedLink href={lectureHref(note.lectureKey)} text={title} />
      </p>
      {kind === 'question' ? (
        <>
          <h2 id="review-prompt">Your question at {formatVideoTime(note.time)}</h2>
          <p class="review-prompt-text" dir="auto">
            {note.text}
          </p>
          <p class="muted">Answer it in your head, then reveal to replay the moment.</p>
        </>
      ) : kind === 'segment' ? (
        <>
          <h2 id="review-prompt">You were lost from {span(note)}</h2>
          <p class="muted">Replay the segment, then say how well you follow it now.</p>
        </>
      ) : (
        <h2 id="review-prompt">What were the key points from {span(note)}?</h2>
      )}
      {revealed ? (
        <div class="review-answer">
          {kind === 'question' ? null : (
            <>
              <h3>What you wrote</h3>
              <p class="review-answer-text" dir="auto">
                {note.text}
              </p>
            </>
          )}
        </div>
      ) : null}
      {revealed || kind === 'segment' ? (
        <button type="button" class="review-play" onClick={onPlay}>
          {kind === 'segment' ? 'Play the segment' : 'Play the moment'} <kbd>P</kbd>
        </button>
      ) : null}
    </article>
  );
}
