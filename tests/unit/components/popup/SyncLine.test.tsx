/** The popup's sync line, answered by the real background handlers (sync/status, sync/now). */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncLine } from '@/components/popup/SyncLine';
import { pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { addNote } from '@/utils/db/notes';
import { sendMessage } from '@/utils/protocol/send';
import { syncAccountSetting } from '@/utils/settings/sync-account';
import { syncStatusItem } from '@/utils/sync/sync-state-items';

beforeEach(() => {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerMessage(message, pageSender()));
});

const account = {
  // Nothing listens on port 9 of this machine: the server is unreachable.
  url: 'http://127.0.0.1:9/dav/',
  user: 'student',
  password: 'app-password',
  folder: 'Lectern/',
  passphrase: '',
  conditionalWrites: true,
  savedAt: 1,
};

describe('SyncLine', () => {
  it('shows nothing while sync is not set up', async () => {
    const { container } = render(<SyncLine />);
    // The line's own question was asked first; once this answer is back, so is the line's.
    expect((await sendMessage('sync/status', {})).configured).toBe(false);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the last sync and the changes not synced yet', async () => {
    await syncAccountSetting.setValue(account);
    await syncStatusItem.setValue({ ...(await syncStatusItem.getValue()), lastSyncAt: Date.now() - 3 * 60_000 });
    await addNote({ lectureKey: 'k', time: 1, kind: 'note', text: 'not synced yet' }, 1);
    render(<SyncLine />);
    await waitFor(() =>
      expect(screen.getByTestId('sync-line')).toHaveTextContent(
        /^Synced 3 minutes ago · 1 change not synced yet Sync now$/,
      ),
    );
  });

  it('"Sync now" against an unreachable server says so in plain words, and keeps the change pending', async () => {
    await syncAccountSetting.setValue(account);
    await addNote({ lectureKey: 'k', time: 1, kind: 'note', text: 'not synced yet' }, 1);
    render(<SyncLine />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(/could not reach the server/);
    expect(screen.getByTestId('sync-line')).toHaveTextContent(/^Sync failed · 1 change not synced yet/);
  });
});
