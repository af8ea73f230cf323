/**
 * Long-lived ports (runtime.connect) a content script may open to the background, each with a
 * valibot schema for every message posted on it and a sender rule (./senders.ts), checked like
 * one-off messages (./messages.ts): the rule when the port opens, each message before the
 * background keeps or stores anything. Pages are hostile input: a message that fails either is
 * ignored.
 *
 * The progress port: the lecture frame posts what is not yet stored about the lecture it plays,
 * about every half second of playback, to be held (`store: false`: the background keeps the latest
 * and stores it when the port closes: tab closed, navigation, frame removed), and its periodic,
 * pause and page-hide reports to be stored now (`store: true`).
 */
import * as v from 'valibot';
import type { MessageSender } from './messages';
import { ProgressReportSchema } from './notes';
import { PROGRESS_PORT } from './port-names';
import { fromLectureFrame, lectureRefusal, type SenderRule, type SenderTrust, senderRefusal } from './senders';

export const portSchemas = {
  [PROGRESS_PORT]: v.strictObject({ ...ProgressReportSchema.entries, store: v.boolean() }),
} as const;

export type PortName = keyof typeof portSchemas;
export type PortMessage<N extends PortName> = v.InferOutput<(typeof portSchemas)[N]>;

/** Who may open each port (./senders.ts); the README lists them with the messages. */
export const portSenders: { [N in PortName]: SenderRule } = {
  [PROGRESS_PORT]: fromLectureFrame('key'),
};

export function isPortName(name: unknown): name is PortName {
  return typeof name === 'string' && Object.hasOwn(portSchemas, name);
}

/** Why this sender may not open this port, or null when it may. */
export function portRefusal(name: PortName, sender: MessageSender, trust: SenderTrust): string | null {
  return senderRefusal(name, portSenders[name], sender, trust);
}

/**
 * One message posted on a port `sender` opened: validated, and for a message naming a lecture, that
 * lecture checked to be one its frame showed. `shown` holds the lectures already checked on this
 * port (one document's), so a report posted as its tab closes is still taken once the background
 * has forgotten the tab.
 */
export async function readPortMessage<N extends PortName>(
  name: N,
  raw: unknown,
  sender: MessageSender,
  trust: SenderTrust,
  shown: Set<string>,
): Promise<{ ok: true; message: PortMessage<N> } | { ok: false; error: string }> {
  const parsed = v.safeParse(portSchemas[name], raw);
  if (!parsed.success) return { ok: false, error: `Lectern: invalid ${name} message: ${v.summarize(parsed.issues)}` };
  const rule = portSenders[name];
  const key = rule.lectureField ? (parsed.output as Record<string, unknown>)[rule.lectureField] : undefined;
  if (typeof key !== 'string' || !shown.has(key)) {
    const refused = await lectureRefusal(name, rule, parsed.output, sender, trust);
    if (refused) return { ok: false, error: refused };
    if (typeof key === 'string') shown.add(key);
  }
  return { ok: true, message: parsed.output as PortMessage<N> };
}
