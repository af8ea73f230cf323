// @vitest-environment-options { "settings": { "fetch": { "disableSameOriginPolicy": true } } }
/**
 * The Sync section of the options page, with the real background answering its message and the
 * real WebDAV client talking to real Apache httpd (tests/support/webdav-server.ts) through
 * happy-dom's fetch. An extension's background fetch is not held to the same-origin policy (it
 * has host access), so happy-dom's is told not to apply it either (the file's environment options).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncSetup } from '@/components/options/SyncSetup';
import { pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { syncAccountSetting } from '@/utils/settings/sync-account';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavServer } from '../../../support/webdav-server';

let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDavServer();
}, 30_000);
afterAll(() => server?.close());

let requested: string[][] = [];
beforeEach(() => {
  requested = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerMessage(message, pageSender('/options.html')));
  // The fake browser has no permissions API: as if the student had withheld site access (Chrome
  // lets them), record what set-up asks for, and grant it.
  vi.spyOn(browser, 'permissions', 'get').mockReturnValue({
    contains: async () => false,
    request: async ({ origins }: { origins?: string[] }) => {
      requested.push(origins ?? []);
      return true;
    },
  } as unknown as typeof browser.permissions);
});
afterEach(() => fakeBrowser.runtime.onMessage.removeAllListeners());

async function fill(values: Partial<Record<'url' | 'user' | 'password' | 'folder' | 'passphrase', string>>) {
  const labels = {
    url: 'Server address (WebDAV)',
    user: 'User name',
    password: 'App password',
    folder: 'Folder on the server',
    passphrase: 'Encryption passphrase (optional)',
  } as const;
  for (const [field, value] of Object.entries(values)) {
    fireEvent.input(await screen.findByLabelText(labels[field as keyof typeof labels]), { target: { value } });
  }
}

describe('SyncSetup', () => {
  it('tests a good account: asks for that server only, creates the folder, says Connected, then saves it here', async () => {
    render(<SyncSetup />);
    await fill({ url: server.url(), user: WEBDAV_USER, password: WEBDAV_PASSWORD, folder: 'Uni/Lectern' });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('status', {}, { timeout: 10_000 })).toHaveTextContent(/^Connected/);
    expect(requested).toEqual([[`http://127.0.0.1:${server.port}/*`]]);
    expect(screen.getByRole('status')).toHaveTextContent('no encryption passphrase set');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved on this device.');
    expect(await syncAccountSetting.getValue()).toMatchObject({
      url: server.url(),
      user: WEBDAV_USER,
      password: WEBDAV_PASSWORD,
      folder: 'Uni/Lectern/',
      passphrase: '',
      conditionalWrites: true,
    });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it.each([
    [
      'a wrong password',
      () => ({ url: server.url(), password: 'wrong' }),
      /did not accept the user name or app password/,
    ],
    ['a server without WebDAV', () => ({ url: server.url('plain') }), /not WebDAV storage/],
    ['a full disk', () => ({ url: server.url('full') }), /storage on the server is full/],
    ['a read-only share', () => ({ url: server.url('readonly') }), /does not let you write here/],
  ])('says exactly what is wrong with %s', async (_, values, message) => {
    render(<SyncSetup />);
    await fill({ user: WEBDAV_USER, password: WEBDAV_PASSWORD, ...values() });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(/^Not connected/);
    expect(alert).toHaveTextContent(message);
  });

  it('refuses an address or folder it cannot use before sending anything', async () => {
    render(<SyncSetup />);
    await fill({ url: 'http://cloud.example.edu/remote.php/dav/', user: WEBDAV_USER, password: 'x', folder: '../up' });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/over http:\/\/ your password would travel unprotected/)).toBeVisible();
    expect(screen.getByLabelText('Folder on the server')).toHaveAttribute('aria-invalid', 'true');
    expect(requested).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await syncAccountSetting.getValue()).toBeNull();
  });

  it('says a wrong passphrase for an encrypted folder is wrong, and accepts the right one', async () => {
    const { unlockSyncKey } = await import('@/utils/sync/key-check');
    const { createWebDavClient } = await import('@/utils/sync/webdav');
    const client = createWebDavClient({ url: server.url(), user: WEBDAV_USER, password: WEBDAV_PASSWORD });
    await client.createFolder('Encrypted/');
    await unlockSyncKey(client, 'Encrypted/', 'blue otter 42');

    render(<SyncSetup />);
    await fill({ url: server.url(), user: WEBDAV_USER, password: WEBDAV_PASSWORD, folder: 'Encrypted/' });
    await fill({ passphrase: 'blue otter 43' });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(/passphrase does not open/);
    await fill({ passphrase: 'blue otter 42' });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('status', {}, { timeout: 10_000 })).toHaveTextContent(/passphrase opens/);
  });

  it('stops syncing on this device', async () => {
    await syncAccountSetting.setValue({
      url: server.url(),
      user: WEBDAV_USER,
      password: WEBDAV_PASSWORD,
      folder: 'Lectern/',
      passphrase: '',
      conditionalWrites: true,
      savedAt: 1,
    });
    render(<SyncSetup />);
    await waitFor(() => expect(screen.getByLabelText('User name')).toHaveValue(WEBDAV_USER));
    fireEvent.click(screen.getByRole('button', { name: 'Stop syncing on this device' }));
    await waitFor(async () => expect(await syncAccountSetting.getValue()).toBeNull());
  });
});
