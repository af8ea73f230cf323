/** Lecture messages (content script → background). Part of the protocol in ./messages.ts. */
import * as v from 'valibot';
import { videoSeconds } from '../model/fields';
import { type Lecture, LectureKeySchema, LectureSightingSchema, PlaybackRateSchema } from '../model/lectures';
import { fromContent, fromLectureFrame, fromPages, type SenderRule } from './senders';

export const lectureRequests = {
  /**
   * The always-on detector found a lecture video in the sending frame (the first time in that
   * document): the background injects the identity script and the overlay into exactly that frame.
   */
  'lecture/detected': v.strictObject({}),
  /** The identity script named the frame's lecture; the reply is the stored lecture and a pending seek. */
  'lecture/seen': LectureSightingSchema,
  /** The note shortcut was pressed in a frame without a lecture: relay it to the tab's lecture frame. */
  'lecture/open-editor': v.strictObject({}),
  /**
   * The student plays or presses on the frame's lecture: the note shortcut pressed elsewhere in the
   * tab (the page around two players) goes to this frame from now on.
   */
  'lecture/watching': v.strictObject({ key: LectureKeySchema }),
  /** Open a lecture at a moment (from the library): the platform's timestamp URL, else a seek once ready. */
  'lecture/open-at': v.strictObject({ key: LectureKeySchema, time: videoSeconds }),
  /**
   * The student chose a speed for the frame's lecture (utils/speed/rule.ts tells it from a player's
   * reset): remembered on the lecture and as its site's default.
   */
  'lecture/speed': v.strictObject({ key: LectureKeySchema, rate: PlaybackRateSchema }),
} as const;

export interface LectureResponses {
  'lecture/detected': { identity: boolean; overlay: boolean };
  /** `seekTo`: a moment to seek to once the video is ready (the lecture was opened at a moment). */
  'lecture/seen': { lecture: Lecture; seekTo: number | null };
  'lecture/open-editor': { relayed: boolean };
  'lecture/watching': { remembered: boolean };
  'lecture/open-at': { tabId: number | null; url: string };
  'lecture/speed': { remembered: boolean };
}

/** Who may send each (./senders.ts). `lecture/seen` names the frame's lecture: the background records it. */
export const lectureSenders = {
  'lecture/detected': fromContent,
  'lecture/seen': fromContent,
  'lecture/open-editor': fromContent,
  'lecture/watching': fromLectureFrame('key'),
  'lecture/open-at': fromPages,
  'lecture/speed': fromLectureFrame('key'),
} satisfies Record<keyof typeof lectureRequests, SenderRule>;
