import type { SyncSetupReport } from '@/utils/sync/setup-check';

/** What "Test connection" found, in plain words: the first line, then what it means. */
export function syncReportText(report: SyncSetupReport): { title: string; details: string[] } {
  if (!report.ok) return { title: 'Not connected', details: [report.message] };
  const details = [
    report.encryption === 'on'
      ? 'Your passphrase opens the encrypted notes in this folder: the server sees only ciphertext.'
      : report.encryption === 'new'
        ? 'Your notes will be encrypted with your passphrase before they leave this device: the server sees only ciphertext.'
        : 'Notes are stored on your server as they are (no encryption passphrase set).',
  ];
  if (!report.conditionalWrites) {
    details.push(
      'This server ignores edit checks (If-Match), so Lectern will read each file back after writing it to catch another device writing at the same time.',
    );
  }
  return { title: 'Connected', details };
}
