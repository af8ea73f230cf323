import type { ComponentChildren } from 'preact';

/**
 * The caption said before a note (utils/video/captions/), under the note in the overlay and the
 * library: quoted and muted, in the direction of its own script, rendered as text. `children`
 * replaces the plain caption where a surface marks matches (search).
 */
export function CaptionQuote({ caption, children }: { caption: string | undefined; children?: ComponentChildren }) {
  if (!caption) return null;
  return (
    <blockquote class="note-caption muted" dir="auto">
      <span class="visually-hidden">Caption before this note: </span>
      {children ?? caption}
    </blockquote>
  );
}
