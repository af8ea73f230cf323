interface Props {
  error: string | null;
  onDismiss: () => void;
}

/** Why a lecture could not be opened at a moment, announced and dismissible. */
export function OpenAtError({ error, onDismiss }: Props) {
  if (!error) return null;
  return (
    <div class="alert" role="alert">
      <span>{error}</span>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
