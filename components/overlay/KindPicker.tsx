import { EDITABLE_KINDS } from '@/utils/model/kinds';
import { KIND_LABELS } from '../shared/labels';
import type { EditableKind } from './NoteEditor';

interface Props {
  value: EditableKind;
  onChange: (kind: EditableKind) => void;
}

/** What a note is: a plain note, a question to follow up, or a bookmark. */
export function KindPicker({ value, onChange }: Props) {
  return (
    <label class="kind-picker">
      <span class="visually-hidden">Kind</span>
      <select value={value} onChange={(event) => onChange(event.currentTarget.value as EditableKind)}>
        {EDITABLE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </option>
        ))}
      </select>
    </label>
  );
}
