import { formatDistanceToNow } from 'date-fns';
import { useEffect, useState } from 'preact/hooks';
import { listLecturesByRecent } from '@/utils/db/lectures';
import { countReviewItems, listDueReviews, nextReviewDueAfter } from '@/utils/db/review-items';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import type { Lecture } from '@/utils/model/lectures';
import type { Note } from '@/utils/model/notes';
import { CouldNot } from '../shared/CouldNot';
import { ReviewSession } from './ReviewSession';
import { ViewHeading } from './ViewHeading';

interface Loaded {
  items: Note[];
  lectures: Map<string, Lecture>;
}

/** Revision (`#/review`): the items due now, one at a time, graded Again/Hard/Good/Easy. */
export function ReviewView() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reviewed, setReviewed] = useState<number | null>(null);
  const { value: total } = useLiveQuery(countReviewItems);
  const { value: nextDue } = useLiveQuery(() => nextReviewDueAfter(Date.now()), [reviewed]);

  useEffect(() => {
    // The session is the items due when it starts: grading never reshuffles what is on screen.
    Promise.all([listDueReviews(Date.now()), listLecturesByRecent()])
      .then(([items, lectures]) =>
        setLoaded({ items, lectures: new Map(lectures.map((lecture) => [lecture.key, lecture])) }),
      )
      .catch((failure: unknown) => setError(failure instanceof Error ? failure : String(failure)));
  }, []);

  const body = () => {
    if (error) return <CouldNot what="read your review items" error={error} />;
    if (!loaded || total === undefined) return <p aria-busy="true">Loading your reviews…</p>;
    if (reviewed !== null || loaded.items.length === 0) {
      return (
        <section class="empty-state" aria-labelledby="review-done">
          <h2 id="review-done">
            {reviewed !== null ? `Done: ${reviewed} reviewed` : total === 0 ? 'Nothing to review yet' : 'All caught up'}
          </h2>
          <p>
            {total === 0
              ? 'Questions you note on a lecture, your answers to recall prompts and the segments you marked “Lost” come back here, spaced out so they stick.'
              : nextDue
                ? `Your next review is due ${formatDistanceToNow(nextDue, { addSuffix: true })}.`
                : 'Nothing else is waiting.'}
          </p>
        </section>
      );
    }
    return <ReviewSession items={loaded.items} lectures={loaded.lectures} onFinished={setReviewed} />;
  };

  return (
    <>
      <ViewHeading>Review</ViewHeading>
      {body()}
    </>
  );
}
