import './names.css';

/** Names longer than this may not fit in two lines: they get the full-name card. */
export const FULL_NAME_AFTER = 80;

/**
 * The full name of a clamped name (class `clamp-2`), shown over the page, without moving it,
 * while the pointer is over its `.clamped` box or the keyboard focus is in it. Hidden from screen
 * readers: the clamped element already carries the whole name as its text.
 */
export function FullName({ text }: { text: string }) {
  return text.length > FULL_NAME_AFTER ? (
    <span class="full-name" aria-hidden="true" dir="auto">
      {text}
    </span>
  ) : null;
}

interface LinkProps {
  href: string;
  text: string;
  /** The link's own class (`lecture-title`, `result-lecture`, …). */
  class?: string;
}

/** A lecture's name as a link in a list: at most two lines, its direction its own, the full name on hover and focus. */
export function ClampedLink({ href, text, class: className }: LinkProps) {
  return (
    <span class="clamped">
      <a class={`clamp-2 ${className ?? ''}`.trim()} href={href} dir="auto">
        {text}
      </a>
      <FullName text={text} />
    </span>
  );
}
