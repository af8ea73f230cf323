import { formatVideoTime } from '@/utils/model/video-time';

interface Props {
  time: number;
  onOpen: (time: number) => void;
  /** What is at that moment, for the accessible name: "Open at 12:34: <label>". */
  label?: string;
  disabled?: boolean;
}

/** A video time the student can click to open the lecture at that moment. */
export function TimeButton({ time, onOpen, label, disabled }: Props) {
  const shown = formatVideoTime(time);
  return (
    <button
      type="button"
      class="time-link"
      disabled={disabled}
      aria-label={label ? `Open at ${shown}: ${label}` : `Open at ${shown}`}
      onClick={() => onOpen(time)}
    >
      {shown}
    </button>
  );
}
