/**
 * Who may send each message (the rules sit beside each domain's schemas; ./messages.ts joins
 * them and checks them in `dispatchMessage` before any payload is read). Two kinds of sender:
 * - `page`: one of Lectern's own pages (the overlay's iframe, popup, dashboard, options): the
 *   sender's URL is on the extension's origin.
 * - `content`: a content script in a frame of a tab (the sender's URL is the frame's page). It
 *   may only report what its own frame sees: a message naming a lecture (`lectureField`) must
 *   name one the background recorded for that tab and frame (`SenderTrust.lecturesOfFrame`).
 */
import type { MessageSender } from './messages';

export type SenderKind = 'page' | 'content';

export interface SenderRule {
  from: readonly SenderKind[];
  /** For content scripts: the payload field naming a lecture their frame must have shown. */
  lectureField?: string;
}

/** What the background knows to judge a sender (utils/background/register-messages.ts). */
export interface SenderTrust {
  /** `runtime.getURL('/')`: the extension's origin with a trailing slash. */
  extensionBase: string;
  /** The lectures the background recorded for this tab and frame since it was detected. */
  lecturesOfFrame(tabId: number, frameId: number): Promise<readonly string[]>;
}

export const fromPages: SenderRule = { from: ['page'] };
export const fromContent: SenderRule = { from: ['content'] };
/** A content script reporting on its frame's lecture, named by the payload's `field`. */
export const fromLectureFrame = (field: string): SenderRule => ({ from: ['content'], lectureField: field });

export function senderKindOf(sender: MessageSender, trust: SenderTrust): SenderKind | null {
  if (!sender.url) return null;
  if (sender.url.startsWith(trust.extensionBase)) return 'page';
  return sender.tab?.id === undefined ? null : 'content';
}

const described: Record<SenderKind, string> = { page: "Lectern's own pages", content: "the frame's content script" };

/** Why this sender may not send this message, or null when it may (checked before validation). */
export function senderRefusal(type: string, rule: SenderRule, sender: MessageSender, trust: SenderTrust) {
  const kind = senderKindOf(sender, trust);
  if (kind && rule.from.includes(kind)) return null;
  return `Lectern: ${type} is accepted only from ${rule.from.map((from) => described[from]).join(' or ')}.`;
}

/** For a content script: why the lecture its (validated) payload names is not its frame's, or null. */
export async function lectureRefusal(
  type: string,
  rule: SenderRule,
  payload: unknown,
  sender: MessageSender,
  trust: SenderTrust,
): Promise<string | null> {
  if (!rule.lectureField || senderKindOf(sender, trust) !== 'content') return null;
  const key = (payload as Record<string, unknown>)[rule.lectureField];
  const tabId = sender.tab?.id;
  const shown = tabId === undefined ? [] : await trust.lecturesOfFrame(tabId, sender.frameId ?? 0);
  return typeof key === 'string' && shown.includes(key)
    ? null
    : `Lectern: ${type} names a lecture this frame has not shown.`;
}

/** The README's table (message → who may send it), in the map's order, then the ports (./ports.ts). */
export function senderTable(rules: Record<string, SenderRule>, ports: Record<string, SenderRule> = {}): string {
  const row = (type: string, rule: SenderRule, port: boolean) => {
    const who = rule.from.map((from) => (from === 'page' ? 'pages' : 'content script')).join(', ');
    const own = rule.lectureField ? `, for its frame's lecture (\`${rule.lectureField}\`)` : '';
    return `| \`${type}\` | ${who}${port ? ' (port)' : ''}${own} |`;
  };
  const rows = [
    ...Object.entries(rules).map(([type, rule]) => row(type, rule, false)),
    ...Object.entries(ports).map(([name, rule]) => row(name, rule, true)),
  ];
  return ['| Message | Who may send it |', '| --- | --- |', ...rows].join('\n');
}
