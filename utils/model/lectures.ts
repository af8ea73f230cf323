/**
 * Lectures: what the identity script reports about a lecture it saw (a sighting), and the lecture
 * as the library keeps it. Schemas first; each type is inferred from its schema.
 */
import * as v from 'valibot';
import { count, httpUrl, millis, nonEmpty, RangeSchema, text, videoSeconds, webUrl } from './fields';

/** Stable across visits: `youtube:<id>`, `vimeo:<id>`, … or `url:<normalised canonical URL>` (utils/video/README.md). */
export const LectureKeySchema = nonEmpty(2048);

/** A course: a stable id (`coursera:<slug>`, `canvas:<host>/<id>`, …) and a name to show. */
export const LectureCourseSchema = v.strictObject({ id: nonEmpty(300), title: text(300) });
export type LectureCourse = v.InferOutput<typeof LectureCourseSchema>;

/** What the identity script (utils/video/identify-frame.ts) reports about the lecture in its frame. */
export const LectureSightingSchema = v.strictObject({
  key: LectureKeySchema,
  /** Adapter that named it: 'youtube', 'coursera', …, 'generic'. */
  platform: nonEmpty(40),
  title: text(500),
  /** Host name shown to the student, e.g. `www.youtube.com`. */
  site: text(255),
  url: httpUrl,
  /** Seconds, when known. */
  duration: v.nullable(videoSeconds),
  /** The course, when the platform or LMS names one (utils/video/course.ts). */
  course: v.optional(LectureCourseSchema),
});
export type LectureSighting = v.InferOutput<typeof LectureSightingSchema>;

/** A playback speed a browser plays: 0.0625× to 16× (a speed the student chose, utils/speed/). */
export const PlaybackRateSchema = v.pipe(v.number(), v.minValue(0.0625), v.maxValue(16));

/**
 * Playing time: seconds of lecture played and the wall-clock seconds it took (at speed, fewer).
 * One report covers at most an hour of either (utils/overlay/progress.ts reports every ~8 s).
 */
export const PlayedSchema = v.pipe(
  v.strictObject({ lecture: v.pipe(videoSeconds, v.maxValue(3600)), wall: v.pipe(videoSeconds, v.maxValue(3600)) }),
  v.check((played) => played.lecture <= played.wall * 16 + 2, 'more lecture than 16× speed plays in that time'),
);
export type Played = v.InferOutput<typeof PlayedSchema>;
/** A local day, `yyyy-MM-dd`. */
export const DayKeySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** How a lecture's review prompts went (utils/db/prompt-outcomes.ts). */
export const PromptOutcomesSchema = v.strictObject({
  answered: count,
  skipped: count,
  snoozed: count,
  /** Video time already prompted (answered or skipped): never prompted again. */
  prompted: v.array(RangeSchema),
  /** Segments answered "Lost": to rewatch and revise. */
  rewatch: v.array(RangeSchema),
});
export type PromptOutcomes = v.InferOutput<typeof PromptOutcomesSchema>;

/** A lecture in the library: its last sighting, and how far the student got. */
export const LectureSchema = v.strictObject({
  ...LectureSightingSchema.entries,
  /** The page to return to: for a lecture in a player's iframe, the tab's page (any length a tab has). */
  url: webUrl(8192),
  /** Seconds; where "Continue from" resumes. */
  lastPosition: videoSeconds,
  /** Merged, sorted ranges of video time actually played. */
  watched: v.array(RangeSchema),
  createdAt: millis,
  updatedAt: millis,
  lastWatchedAt: millis,
  /** Review prompt outcomes; absent until the first prompt. Not indexed: read with the lecture. */
  prompts: v.optional(PromptOutcomesSchema),
  /** The student gave the title (utils/db/lectures.ts `renameLecture`): no sighting changes it. Not indexed. */
  renamed: v.optional(v.literal(true)),
  /** The speed the student last chose for it (utils/speed/); absent: the site's default. Not indexed. */
  speed: v.optional(PlaybackRateSchema),
  /** Playing time per local day (utils/speed/time-saved.ts): time saved by speed. Not indexed. */
  playTime: v.optional(v.record(DayKeySchema, v.strictObject({ lecture: videoSeconds, wall: videoSeconds }))),
});
export type Lecture = v.InferOutput<typeof LectureSchema>;
