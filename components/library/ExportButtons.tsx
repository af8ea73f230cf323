import type { ComponentChildren } from 'preact';

interface Props {
  running: boolean;
  onCancel(): void;
  primary?: boolean;
  /** The submit button's text. */
  children: ComponentChildren;
}

/** An export form's submit button, off while an export runs, and the button that cancels it. */
export function ExportButtons({ running, onCancel, primary, children }: Props) {
  return (
    <>
      <button type="submit" class={primary ? 'primary' : undefined} disabled={running}>
        {children}
      </button>
      {running ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </>
  );
}
