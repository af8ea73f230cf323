import { NO_PROMPT_OUTCOMES } from '@/utils/db/lectures';
import { listNotesByLecture } from '@/utils/db/notes';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { useOpenAt } from '@/utils/hooks/use-open-at';
import type { Lecture } from '@/utils/model/lectures';
import type { Note } from '@/utils/model/notes';
import type { Range } from '@/utils/model/ranges';
import { mergeRanges } from '@/utils/model/ranges';
import { formatSegment } from '@/utils/prompts/segments';
import { Loaded } from '../shared/Loaded';
import { CONFIDENCE_LABELS } from '../shared/labels';
import { OpenAtError } from './OpenAtError';
import { TimeButton } from './TimeButton';

/** Recall answers grouped under their segments, in video order. */
function groupBySegment(recalls: Note[]): { segment: Range; notes: Note[] }[] {
  const groups = new Map<string, { segment: Range; notes: Note[] }>();
  for (const note of recalls) {
    const segment = note.segment ?? [note.time, note.time];
    const key = formatSegment(segment);
    const group = groups.get(key) ?? { segment, notes: [] };
    group.notes.push(note);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.segment[0] - b.segment[0]);
}

/** A lecture page's review prompts: answered/skipped/snoozed, segments to rewatch, recalls by segment. */
export function LectureRecalls({ lecture }: { lecture: Lecture }) {
  const { value: notes, error } = useLiveQuery(() => listNotesByLecture(lecture.key), [lecture.key]);
  const { openAt, error: openError, opening, dismiss } = useOpenAt();
  const outcomes = lecture.prompts ?? NO_PROMPT_OUTCOMES;
  const recalls = (notes ?? []).filter((note) => note.kind === 'recall');
  const lost = recalls.flatMap((note) => (note.confidence === 'lost' && note.segment ? [note.segment] : []));
  const rewatch = mergeRanges(outcomes.rewatch, lost);
  const open = (time: number) => void openAt(lecture.key, time);
  return (
    <section aria-labelledby="recalls-heading" class="lecture-recalls">
      <h2 id="recalls-heading">Review prompts</h2>
      <p class="prompt-counts">
        Prompts answered <strong>{outcomes.answered}</strong> · skipped <strong>{outcomes.skipped}</strong> · snoozed{' '}
        <strong>{outcomes.snoozed}</strong>
      </p>
      <OpenAtError error={openError} onDismiss={dismiss} />
      {rewatch.length > 0 ? (
        <>
          <h3 id="rewatch-heading">Segments to rewatch</h3>
          <ul aria-labelledby="rewatch-heading" class="rewatch-list">
            {rewatch.map((segment) => (
              <li key={formatSegment(segment)}>
                {formatSegment(segment)}{' '}
                <TimeButton
                  time={segment[0]}
                  onOpen={open}
                  label={`rewatch ${formatSegment(segment)}`}
                  disabled={opening}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Loaded value={notes} error={error} failed="read this lecture's recalls" loading="Loading recalls…">
        {() =>
          recalls.length === 0 ? (
            <p class="empty-state">
              No recalls yet. While you watch, Lectern pauses now and then and asks what you remember; your answers
              appear here under the part of the lecture they cover.
            </p>
          ) : (
            <ol class="recall-segments" aria-label="Recalls by segment">
              {groupBySegment(recalls).map(({ segment, notes: answers }) => (
                <li key={formatSegment(segment)} class="recall-segment">
                  <h3 class="recall-segment-title">
                    <TimeButton
                      time={segment[0]}
                      onOpen={open}
                      label={`segment ${formatSegment(segment)}`}
                      disabled={opening}
                    />{' '}
                    <span>{formatSegment(segment)}</span>
                  </h3>
                  <ul class="recall-answers">
                    {answers.map((note) => (
                      <li key={note.id} class="recall-row">
                        <span class="recall-text" dir="auto">
                          {note.text}
                        </span>
                        {note.confidence ? (
                          <span class={`kind-badge confidence-${note.confidence}`}>
                            {CONFIDENCE_LABELS[note.confidence]}
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )
        }
      </Loaded>
    </section>
  );
}
