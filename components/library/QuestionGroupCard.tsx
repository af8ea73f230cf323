import { useState } from 'preact/hooks';
import { type QuestionGroup, questionsAsText } from '@/utils/export/teacher-questions';
import { useNotesWithSnapshots } from '@/utils/hooks/use-snapshots';
import { lectureHref } from '@/utils/library/route';
import { formatVideoTime } from '@/utils/model/video-time';
import { shortenName } from '@/utils/video/naming/name-text';
import { ClampedLink } from './FullName';
import { StoredSnapshot } from './StoredSnapshot';

interface Props {
  group: QuestionGroup;
  onAnswered: (noteId: string) => void;
}

/** One course's (or site's) open questions: the list, the text to paste into a forum, and a copy button. */
export function QuestionGroupCard({ group, onAnswered }: Props) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = questionsAsText(group);
  const headingId = `questions-${group.id.replace(/[^a-z0-9]/gi, '-')}`;
  const withSnapshots = useNotesWithSnapshots(group.questions.map(({ note }) => note.id));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section class="question-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span dir="auto">{group.name}</span> <span class="muted">({group.questions.length} open)</span>
      </h2>
      <ul class="question-list">
        {group.questions.map(({ note, lecture }) => (
          <li key={note.id} class="question-row">
            <p class="question-text" dir="auto">
              {note.text}
            </p>
            <ClampedLink href={lectureHref(lecture.key)} text={lecture.title || lecture.url} />
            <span class="muted">at {formatVideoTime(note.time)}</span>
            <button type="button" onClick={() => onAnswered(note.id)} aria-label={`Mark answered: ${note.text}`}>
              Mark answered
            </button>
            {withSnapshots?.has(note.id) ? <StoredSnapshot note={note} /> : null}
          </li>
        ))}
      </ul>
      <label>
        Ready to paste into a forum or bring to office hours
        <textarea
          class="forum-text"
          dir="auto"
          readOnly
          value={text}
          rows={Math.min(16, text.split('\n').length + 1)}
        />
      </label>
      <p class="actions">
        <button type="button" class="primary" onClick={() => void copy()}>
          Copy questions for <span dir="auto">{shortenName(group.name, 80)}</span>
        </button>
        <span aria-live="polite">
          {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Could not copy: select the text and copy it.' : ''}
        </span>
      </p>
    </section>
  );
}
