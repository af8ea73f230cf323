/**
 * What the page around a lecture's frame says about it (the tab's top page: Canvas around a
 * Kaltura player). Not a message: the background reads it itself, by running
 * `content-scripts/embedding-page.js` in the tab's top frame (utils/background/embedding-page.ts),
 * and validates the result here before using it: the page's markup is hostile input.
 */
import * as v from 'valibot';
import { text, webUrl } from '../model/fields';
import { LectureCourseSchema } from '../model/lectures';
import { MAX_EMBEDDED_FRAMES } from '../video/embedding-page';

/** One iframe of the page: where it points, how large it shows, and what labels it. */
export const EmbeddedFrameSchema = v.strictObject({
  /** The iframe's address as the page set it (resolved; '' when it has none). */
  src: text(8192),
  /** Shown area in CSS pixels (0: hidden). */
  area: v.pipe(v.number(), v.finite(), v.minValue(0)),
  /** The heading that labels it (the nearest one before it in reading order), or ''. */
  heading: text(500),
  /** Its own accessible name (`title`, `aria-label`), or ''. */
  label: text(500),
});
export type EmbeddedFrame = v.InferOutput<typeof EmbeddedFrameSchema>;

export const EmbeddingPageSchema = v.strictObject({
  /** The page's address when it was read (the background checks it is still the tab's). */
  url: webUrl(8192),
  /** The page's own name: its title without the site's branding, or ''. */
  name: text(500),
  /** The course the page belongs to (an LMS's, a platform's), when it names one. */
  course: v.optional(LectureCourseSchema),
  frames: v.pipe(v.array(EmbeddedFrameSchema), v.maxLength(MAX_EMBEDDED_FRAMES)),
});
export type EmbeddingPage = v.InferOutput<typeof EmbeddingPageSchema>;
