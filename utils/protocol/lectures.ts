/** Lecture messages (content script → background). Part of the protocol in ../messaging.ts. */
import * as v from 'valibot';
import type { Lecture } from '../db';
import { httpUrl, nonEmpty, seconds, text } from './schema-parts';

export const LectureSightingSchema = v.strictObject({
  key: nonEmpty(2048),
  platform: nonEmpty(40),
  title: text(500),
  site: text(255),
  url: httpUrl,
  duration: v.nullable(seconds),
});

export const lectureRequests = {
  /** A content script found a lecture video; the reply is the stored lecture. */
  'lecture/seen': LectureSightingSchema,
} as const;

export interface LectureResponses {
  'lecture/seen': { lecture: Lecture };
}
