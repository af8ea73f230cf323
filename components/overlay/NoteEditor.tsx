import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { EDITABLE_KINDS } from '@/utils/model/kinds';
import type { EditableKind, NoteKind } from '@/utils/model/notes';
import { formatVideoTime } from '@/utils/model/video-time';
import { isUseCaptionKey, withCaption } from '@/utils/notes/caption-text';
import { EditorCaption } from './EditorCaption';
import { KindPicker } from './KindPicker';

export type { EditableKind };

interface Props {
  /** Video time the note is pinned to. */
  time: number;
  initialText?: string;
  initialKind?: NoteKind;
  /** What the captions said before `time` (kept with the note); Alt+C or its button makes it the text. */
  caption?: string;
  /** Label of the save action: "Save note" or "Save changes". */
  saveLabel?: string;
  /** Resolves once the note is durable; rejects with a student-facing message. */
  onSave: (text: string, kind: EditableKind) => Promise<void>;
  onCancel: () => void;
  /** Every change to the text or kind, for the draft. */
  onChange?: (text: string, kind: EditableKind) => void;
  /** Shown above the actions (the snapshot field, components/overlay/SnapshotField.tsx). */
  attachments?: ComponentChildren;
}

/**
 * The note editor: Enter saves, Shift+Enter adds a line, Escape closes. It says "Saved" only
 * after `onSave` resolved, which the background answers once the note is in IndexedDB.
 */
export function NoteEditor({
  time,
  initialText = '',
  initialKind,
  caption,
  saveLabel = 'Save note',
  ...actions
}: Props) {
  const [text, setText] = useState(initialText);
  const [kind, setKind] = useState<EditableKind>(isEditable(initialKind) ? initialKind : 'note');
  const [state, setState] = useState<{ saving: boolean; error: string | null }>({ saving: false, error: null });
  const field = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const id = `note-${Math.round(time * 1000)}`;

  useEffect(() => {
    const textarea = field.current;
    if (caret.current === null || !textarea) return;
    textarea.focus();
    textarea.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [text]);

  useEffect(() => {
    const textarea = field.current;
    textarea?.focus();
    textarea?.setSelectionRange(textarea.value.length, textarea.value.length);
  }, []);

  const save = async () => {
    if (state.saving) return;
    if (text.trim() === '') {
      setState({ saving: false, error: 'Type a note first, or press Escape to close.' });
      return;
    }
    setState({ saving: true, error: null });
    try {
      await actions.onSave(text, kind);
    } catch (error) {
      setState({ saving: false, error: error instanceof Error ? error.message : String(error) });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      actions.onCancel();
    } else if (caption && isUseCaptionKey(event)) {
      event.preventDefault();
      applyCaption(caption);
    }
  };

  /** The caption becomes the text, or goes in at the caret, and the caret lands after it. */
  const applyCaption = (line: string) => {
    const textarea = field.current;
    const next = withCaption(text, line, textarea?.selectionStart, textarea?.selectionEnd);
    caret.current = next.cursor;
    change(next.text, kind);
  };

  const change = (nextText: string, nextKind: EditableKind) => {
    setText(nextText);
    setKind(nextKind);
    if (state.error) setState({ saving: false, error: null });
    actions.onChange?.(nextText, nextKind);
  };

  return (
    <form
      class="note-editor"
      aria-label="Note editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label for={id} class="editor-label">
        Note at <span class="time">{formatVideoTime(time)}</span>
      </label>
      <textarea
        id={id}
        ref={field}
        rows={3}
        dir="auto"
        value={text}
        aria-describedby={`${id}-hint`}
        aria-invalid={state.error ? true : undefined}
        onInput={(event) => change(event.currentTarget.value, kind)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} class="hint">
        Enter saves · Shift+Enter new line · Esc closes · #tags
      </p>
      {caption ? <EditorCaption caption={caption} onUse={() => applyCaption(caption)} /> : null}
      {actions.attachments}
      <div class="editor-actions">
        <KindPicker value={kind} onChange={(next) => change(text, next)} />
        <button type="button" onClick={actions.onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={state.saving}>
          {state.saving ? 'Saving…' : saveLabel}
        </button>
      </div>
      {state.error ? (
        <p role="alert" class="error">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}

function isEditable(kind: NoteKind | undefined): kind is EditableKind {
  return (EDITABLE_KINDS as readonly string[]).includes(kind ?? '');
}
