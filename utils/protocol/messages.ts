/**
 * Lectern's message protocol: every message a content script or an extension page may send to
 * the background, in one place (each domain's messages in utils/protocol/<domain>.ts). Each has
 * a valibot schema for its payload, built from the model's rules (utils/model/): pages are
 * hostile input, so the background validates every payload before it touches anything. Each has
 * a response type. Replies are values, never thrown strings: `{ ok: true, data }` or
 * `{ ok: false, error }`.
 *
 * The protocol imports valibot, utils/model/ and types; never utils/db/ (the background's
 * handlers, utils/background/handlers/, call the repositories) or UI. The always-on content
 * script imports this module for its types only (`import type`, via ./send.ts), so valibot never
 * reaches every page.
 */
import * as v from 'valibot';
import { type LectureResponses, lectureRequests, lectureSenders } from './lectures';
import { type LibraryResponses, libraryRequests, librarySenders } from './library';
import { type NoteResponses, noteRequests, noteSenders } from './notes';
import { type OverlayResponses, overlayRequests, overlaySenders } from './overlay';
import { type PromptResponses, promptRequests, promptSenders } from './prompts';
import { lectureRefusal, type SenderRule, type SenderTrust, senderRefusal } from './senders';
import { type SnapshotResponses, snapshotRequests, snapshotSenders } from './snapshots';
import { type SyncResponses, syncRequests, syncSenders } from './sync';
import { type SyncSetupResponses, syncSetupRequests, syncSetupSenders } from './sync-setup';
import { type TimerResponses, timerRequests, timerSenders } from './timer';

export const requestSchemas = {
  ...lectureRequests,
  ...noteRequests,
  ...promptRequests,
  ...timerRequests,
  ...libraryRequests,
  ...overlayRequests,
  ...syncRequests,
  ...syncSetupRequests,
  ...snapshotRequests,
} as const;

export type MessageType = keyof typeof requestSchemas;

/** Who may send each message (./senders.ts); every message has a rule. */
export const senderRules: { [T in MessageType]: SenderRule } = {
  ...lectureSenders,
  ...noteSenders,
  ...promptSenders,
  ...timerSenders,
  ...librarySenders,
  ...overlaySenders,
  ...syncSenders,
  ...syncSetupSenders,
  ...snapshotSenders,
};
export type RequestOf<T extends MessageType> = v.InferOutput<(typeof requestSchemas)[T]>;

export interface Responses
  extends LectureResponses,
    NoteResponses,
    PromptResponses,
    TimerResponses,
    LibraryResponses,
    OverlayResponses,
    SyncResponses,
    SyncSetupResponses,
    SnapshotResponses {}

export type Reply<T extends MessageType> = { ok: true; data: Responses[T] } | { ok: false; error: string };

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export interface MessageSender {
  /** The sending extension's id; always ours for messages we accept. */
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; windowId?: number; active?: boolean };
  frameId?: number;
}

export type Handler<T extends MessageType> = (payload: RequestOf<T>, sender: MessageSender) => Promise<Responses[T]>;

/** One domain's handlers: exactly the messages of that domain (utils/background/handlers/<domain>.ts). */
export type DomainHandlers<K extends MessageType> = { [T in K]: Handler<T> };

export type Handlers = DomainHandlers<MessageType>;

function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(requestSchemas, type);
}

/**
 * Checks who sent a raw message (its rule in `senderRules`), validates it and runs its handler.
 * A refused sender or invalid input writes nothing and says why.
 */
export async function dispatchMessage(
  handlers: Handlers,
  raw: unknown,
  sender: MessageSender,
  trust: SenderTrust,
): Promise<Reply<MessageType>> {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'Lectern: a message must be an object.' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (!isMessageType(type)) return { ok: false, error: `Lectern: unknown message type ${JSON.stringify(type)}.` };
  const rule = senderRules[type];
  const refused = senderRefusal(type, rule, sender, trust);
  if (refused) return { ok: false, error: refused };
  const parsed = v.safeParse(requestSchemas[type], payload);
  if (!parsed.success) {
    return { ok: false, error: `Lectern: invalid ${type} message: ${v.summarize(parsed.issues)}` };
  }
  const notItsLecture = await lectureRefusal(type, rule, parsed.output, sender, trust);
  if (notItsLecture) return { ok: false, error: notItsLecture };
  try {
    const handler = handlers[type] as (payload: unknown, sender: MessageSender) => Promise<Responses[MessageType]>;
    return { ok: true, data: await handler(parsed.output, sender) };
  } catch (error) {
    return { ok: false, error: `Lectern could not ${type}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
