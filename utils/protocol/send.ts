/**
 * Sends a protocol message to the background and unwraps the reply. Safe for the always-on
 * content script: it imports the protocol's types only, and `browser` there is the native API.
 */
import { browser } from 'wxt/browser';
import type { MessageType, Reply, RequestOf, Responses } from './messages';

export async function sendMessage<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
  if (!reply) throw new Error(`Lectern's background did not answer ${type}.`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
