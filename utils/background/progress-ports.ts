/**
 * The background's end of the progress port (utils/protocol/ports.ts): while a lecture plays, its
 * frame posts what is not yet stored about every half second; the background holds the latest
 * such report per port (in memory: no storage write per tick) and stores it when the port closes
 * (tab closed, navigation, frame removed), so closing a playing tab loses at most that half
 * second (Firefox drops a message sent as a page goes away). Reports marked `store` (periodic,
 * pause, page hide) are stored at once and clear what was held: they carry the same data and
 * more, so nothing is counted twice.
 *
 * Held reports live only as long as their port, on purpose: when the MV3 worker stops, its ports
 * close with it and the frame, which clears what it reports only once it sent it to be stored
 * (utils/overlay/progress-channel.ts), sends it again on a new port or as a one-off message.
 * Each port's messages and its closing are handled in order, one at a time.
 */
import { browser } from 'wxt/browser';
import type { MessageSender } from '../protocol/messages';
import type { ProgressReport } from '../protocol/notes';
import { PROGRESS_PORT } from '../protocol/port-names';
import { isPortName, portRefusal, readPortMessage } from '../protocol/ports';
import type { SenderTrust } from '../protocol/senders';
import { storeProgressReport } from './progress-store';
import { backgroundTrust } from './register-messages';

/** What the background uses of a runtime.Port. */
export interface ProgressPort {
  name: string;
  sender?: MessageSender;
  onMessage: { addListener(listener: (message: unknown) => unknown): void };
  onDisconnect: { addListener(listener: () => unknown): void };
  disconnect(): void;
}

/** Takes progress ports from Lectern's own content scripts; closes any other port. */
export function registerProgressPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    acceptProgressPort(port as unknown as ProgressPort, backgroundTrust());
  });
}

/**
 * Checks who opened `port`, then holds and stores what it posts. The listeners return the work
 * they queued (the browser ignores it; tests await it).
 */
export function acceptProgressPort(port: ProgressPort, trust: SenderTrust): void {
  const sender = port.sender ?? {};
  if (sender.id !== browser.runtime.id || !isPortName(port.name) || portRefusal(port.name, sender, trust)) {
    port.disconnect();
    return;
  }
  const name = PROGRESS_PORT;
  /** The lectures this port's frame was checked to have shown. */
  const shown = new Set<string>();
  let held: ProgressReport | null = null;
  let queue = Promise.resolve();
  const inTurn = (job: () => Promise<void>) => {
    queue = queue.then(job).catch(() => {
      // A hostile or broken message, or a failed write: nothing else to do (the next report catches up).
    });
    return queue;
  };

  port.onMessage.addListener((raw) =>
    inTurn(async () => {
      const read = await readPortMessage(name, raw, sender, trust, shown);
      if (!read.ok) return;
      const { store, ...report } = read.message;
      if (!store) {
        held = report;
        return;
      }
      held = null;
      await storeProgressReport(report, Date.now());
    }),
  );
  port.onDisconnect.addListener(() =>
    inTurn(async () => {
      const last = held;
      held = null;
      if (last) await storeProgressReport(last, Date.now());
    }),
  );
}
