import { useState } from 'preact/hooks';
import { readQuestionsWithLectures } from '@/utils/db/library';
import { updateNote } from '@/utils/db/notes';
import { openQuestionsByCourse } from '@/utils/export/teacher-questions';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import type { Note } from '@/utils/model/notes';
import { shortenName } from '@/utils/video/naming/name-text';
import { couldNot } from '../shared/could-not';
import { Loaded } from '../shared/Loaded';
import { QuestionGroupCard } from './QuestionGroupCard';
import { ViewHeading } from './ViewHeading';
import './export.css';

/** `#/questions`: every open question, by course (else site), ready to ask; each can be marked answered. */
export function TeacherQuestionsView() {
  const { value, error } = useLiveQuery(readQuestionsWithLectures);
  const [lastAnswered, setLastAnswered] = useState<Note | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** Each change names the version it was made on: one changed in another tab since is refused. */
  const change = async (note: Note, answered: boolean) => {
    setFailure(null);
    try {
      return await updateNote(note.id, { answered }, Date.now(), note.updatedAt);
    } catch (error) {
      setFailure(couldNot('change this question', error));
      return undefined;
    }
  };
  const markAnswered = async (id: string) => {
    const shown = value?.notes.find((note) => note.id === id);
    const note = shown && (await change(shown, true));
    setLastAnswered(note ?? null);
  };
  const undo = async () => {
    if (lastAnswered) await change(lastAnswered, false);
    setLastAnswered(null);
  };
  const groups = value ? openQuestionsByCourse(value) : undefined;
  return (
    <>
      <ViewHeading>Questions for my teacher</ViewHeading>
      <p class="muted">
        Every question you noted and have not marked answered, by course (or by site where Lectern knows no course),
        with the lecture and the moment.
      </p>
      <div aria-live="polite">
        {failure ? <p role="alert">{failure}</p> : null}
        {lastAnswered ? (
          <p class="actions">
            Marked answered: “<span dir="auto">{shortenName(lastAnswered.text, 80)}</span>”.{' '}
            <button type="button" onClick={() => void undo()}>
              Undo
            </button>
          </p>
        ) : null}
      </div>
      <Loaded value={groups} error={error} failed="read your questions" loading="Loading your questions…">
        {(groups) =>
          groups.length === 0 ? (
            <section class="empty-state" aria-labelledby="no-questions">
              <h2 id="no-questions">No open questions</h2>
              <p>
                While watching, press <kbd>Alt</kbd>+<kbd>N</kbd> and choose “Question” to note something to ask. Open
                questions gather here, ready to paste into your course forum.
              </p>
            </section>
          ) : (
            groups.map((group) => (
              <QuestionGroupCard key={group.id} group={group} onAnswered={(id) => void markAnswered(id)} />
            ))
          )
        }
      </Loaded>
    </>
  );
}
