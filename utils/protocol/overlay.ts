/**
 * Overlay tokens (utils/background/overlay-tokens.ts). Part of the protocol in ./messages.ts. The
 * overlay's controller (a content script) asks for a token for its own tab and frame and puts it
 * in its overlay iframe's URL; the overlay page (an extension page) takes a port only once the
 * background confirms that token was issued for the tab and frame it is framed in. A page that
 * frames the overlay page itself has no such token.
 */
import * as v from 'valibot';
import { fromContent, fromPages, type SenderRule } from './senders';

/** 128 random bits in hex, made by the background. */
export const OverlayTokenSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));

export const overlayRequests = {
  /** A content script's overlay controller asks for a token for its own tab and frame. */
  'overlay/issue-token': v.strictObject({}),
  /**
   * The overlay page asks whether its token was issued for where it is: its tab (the sender's),
   * and the frame it is framed in: its parent's frame id where the browser tells it (Firefox), else
   * its parent's origin (Chrome, `location.ancestorOrigins`).
   */
  'overlay/confirm-token': v.strictObject({
    token: OverlayTokenSchema,
    parentFrameId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    parentOrigin: v.optional(v.pipe(v.string(), v.maxLength(2048))),
  }),
} as const;

/** The controller asks (a content script, for its own tab and frame); the overlay page confirms. */
export const overlaySenders = {
  'overlay/issue-token': fromContent,
  'overlay/confirm-token': fromPages,
} satisfies Record<keyof typeof overlayRequests, SenderRule>;

export interface OverlayResponses {
  'overlay/issue-token': { token: string };
  'overlay/confirm-token': { confirmed: boolean };
}
