/**
 * The names of the long-lived ports a content script may open to the background (their messages'
 * schemas and sender rules: ./ports.ts). Kept apart so page-side code can name a port without
 * importing valibot.
 */

/** The lecture frame's progress reports while a lecture plays (utils/overlay/progress-channel.ts). */
export const PROGRESS_PORT = 'lecture/progress-port';
