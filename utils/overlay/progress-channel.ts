/**
 * The lecture frame's way to the background for progress reports (utils/protocol/ports.ts): a
 * runtime port, opened when there is first something to hold (the lecture plays) and closed when
 * the lecture's watch ends. What is held lives on the background's end of the port and is stored
 * there when the port closes with the page (utils/background/progress-ports.ts).
 *
 * A report to store goes on the port when one is open (after what was held, in order), else as a
 * one-off `lecture/progress` message: the port is gone when the MV3 worker stopped (taking what it
 * held, which the reporter still has: it clears only what it sent to be stored) or when none was
 * opened yet, so nothing is held anywhere then and nothing can be stored twice.
 */
import { browser } from 'wxt/browser';
import type { ProgressReport } from '../protocol/notes';
import { PROGRESS_PORT } from '../protocol/port-names';
import type { PortMessage } from '../protocol/ports';
import { sendMessage } from '../protocol/send';

type Port = ReturnType<typeof browser.runtime.connect>;

export interface ProgressChannel {
  /** What is not yet stored: the background keeps it (the latest only) until the port closes. */
  hold(report: ProgressReport): void;
  /** Stores `report` now (it includes everything held so far). */
  store(report: ProgressReport): void;
  /** The watch ended: after its last `store`, the port is closed. */
  close(): void;
}

export function openProgressChannel(): ProgressChannel {
  let port: Port | null = null;

  const connect = (): Port | null => {
    try {
      const opened = browser.runtime.connect({ name: PROGRESS_PORT });
      opened.onDisconnect.addListener(() => {
        // The worker stopped, or the background refused this port: the next report opens another.
        if (port === opened) port = null;
      });
      return opened;
    } catch {
      return null; // The extension was updated or removed: this page's Lectern is over.
    }
  };
  const post = (message: PortMessage<typeof PROGRESS_PORT>): boolean => {
    if (!port) return false;
    try {
      port.postMessage(message);
      return true;
    } catch {
      port = null; // Disconnected before its event reached us.
      return false;
    }
  };

  return {
    hold(report) {
      port ??= connect();
      post({ ...report, store: false });
    },
    store(report) {
      if (post({ ...report, store: true })) return;
      sendMessage('lecture/progress', report).catch(() => {
        // The background restarts (MV3) or the extension was updated: the next report catches up.
      });
    },
    close() {
      port?.disconnect();
      port = null;
    },
  };
}
