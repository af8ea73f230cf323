import { useEffect, useRef, useState } from 'preact/hooks';
import { CONFIDENCES } from '@/utils/model/kinds';
import type { Confidence } from '@/utils/model/notes';
import type { Range } from '@/utils/model/ranges';
import { formatSegment } from '@/utils/prompts/segments';
import type { Choice } from '../shared/choice';
import { CONFIDENCE_LABELS } from '../shared/labels';
import { RadioGroup } from '../shared/RadioGroup';
import './review-prompt.css';

export interface RecallAnswer {
  text: string;
  confidence: Confidence | null;
}

interface Props {
  segment: Range;
  question: string;
  /** Resolves once the answer is stored; a rejection is shown to the student. */
  onSave(answer: RecallAnswer): Promise<void> | void;
  onRewind(): void;
  onSnooze(): void;
  onSkip(): void;
}

const CONFIDENCE_CHOICES: readonly Choice<Confidence>[] = CONFIDENCES.map((value) => [value, CONFIDENCE_LABELS[value]]);

/** The pause-and-review dialog: one recall question about the segment just watched. */
export function ReviewPrompt({ segment, question, onSave, onRewind, onSnooze, onSkip }: Props) {
  const [text, setText] = useState('');
  const [confidence, setConfidence] = useState<Confidence | null>(null);
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const label = formatSegment(segment);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    field.current?.focus();
    return () => before?.focus?.();
  }, []);

  const save = async () => {
    if (saving) return;
    if (text.trim() === '') {
      setProblem('Write a few words first, or choose Skip.');
      field.current?.focus();
      return;
    }
    setSaving(true);
    setProblem('');
    try {
      await onSave({ text: text.trim(), confidence });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Lectern could not save your answer.');
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onSkip();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Tab') keepFocusInside(event, dialog.current);
  };

  return (
    <div class="review-backdrop">
      <div
        ref={dialog}
        class="review-prompt"
        role="dialog"
        aria-modal="true"
        aria-labelledby="review-title"
        aria-describedby="review-question"
        onKeyDown={onKeyDown}
      >
        <h2 id="review-title">Quick review: {label}</h2>
        <label for="review-answer" id="review-question" class="review-question">
          {question}
        </label>
        <textarea
          id="review-answer"
          ref={field}
          rows={4}
          dir="auto"
          value={text}
          aria-invalid={problem !== '' && text.trim() === ''}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <RadioGroup<Confidence>
          legend="How well do you know it?"
          name="review-confidence"
          class="review-confidence"
          value={confidence ?? undefined}
          choices={CONFIDENCE_CHOICES}
          onChange={setConfidence}
        />
        {problem ? (
          <p role="alert" class="review-problem">
            {problem}
          </p>
        ) : null}
        <div class="review-actions">
          <button type="button" class="primary" onClick={() => void save()} disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={onRewind}>
            Rewind to {label.split('-')[0]}
          </button>
          <button type="button" onClick={onSnooze}>
            Snooze 2 minutes
          </button>
          <button type="button" onClick={onSkip}>
            Skip
          </button>
        </div>
        <p class="muted review-keys">
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> saves · <kbd>Esc</kbd> skips
        </p>
      </div>
    </div>
  );
}

/** Tab and Shift+Tab cycle inside the dialog (it is modal over the video). */
function keepFocusInside(event: KeyboardEvent, container: HTMLElement | null) {
  if (!container) return;
  const focusable = Array.from(container.querySelectorAll<HTMLElement>('button, textarea, input')).filter(
    (element) =>
      !(element as HTMLButtonElement).disabled &&
      (!(element instanceof HTMLInputElement) || element.type !== 'radio' || isTabbableRadio(element)),
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = container.ownerDocument.activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** In a radio group only the checked radio (or the first, when none is) takes Tab focus. */
function isTabbableRadio(radio: HTMLInputElement): boolean {
  const group = Array.from(radio.form?.elements ?? radio.ownerDocument.getElementsByName(radio.name)).filter(
    (element): element is HTMLInputElement => element instanceof HTMLInputElement && element.name === radio.name,
  );
  const checked = group.find((element) => element.checked);
  return checked ? checked === radio : group[0] === radio;
}
