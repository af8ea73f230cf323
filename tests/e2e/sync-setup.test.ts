/**
 * Setting sync up in the options page, in Chromium and Firefox with the built extension, against
 * real Apache httpd with mod_dav (tests/support/webdav-server.ts): a wrong app password is named,
 * the right one connects (the background's fetch reaches the server), the folder is created on the
 * server, and the account is saved in storage.local only.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavServer } from '../support/webdav-server';

let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDavServer();
});
afterAll(() => server?.close());

/** Types into a field the way a student does: a click into it, everything in it selected, typed over. */
async function typeInto(tab: TabHandle, selector: string, text: string) {
  await tab.click(selector);
  await tab.evaluate((field) => (document.querySelector(field) as HTMLInputElement).select(), selector);
  await tab.type(text);
}

const resultText = (tab: TabHandle) =>
  tab.evaluate(() => document.querySelector('.sync-test-result')?.textContent ?? '');

describeInBrowsers('Sync set-up in %s', (e2e) => {
  it('names a wrong app password, then connects with the right one and saves the account on this device', async () => {
    const folder = `Lectern-${e2e.name}`;
    const options = await e2e.browser.openExtensionPage('/options.html');
    await options.waitFor(() => document.querySelector('#sync-url') !== null, null);
    await typeInto(options, '#sync-url', server.url());
    await typeInto(options, '#sync-user', WEBDAV_USER);
    await typeInto(options, '#sync-password', 'not-my-password');
    await typeInto(options, '#sync-folder', folder);

    await options.click('#sync-test');
    await options.waitFor(() => document.querySelector('.sync-test-result [role="alert"]') !== null, null);
    expect(await resultText(options)).toMatch(/^Not connected.*did not accept the user name or app password.*HTTP 401/);
    expect(existsSync(server.diskPath(folder))).toBe(false);

    await typeInto(options, '#sync-password', WEBDAV_PASSWORD);
    await options.click('#sync-test');
    await options.waitFor(() => document.querySelector('.sync-test-result [role="status"]') !== null, null);
    expect(await resultText(options)).toMatch(/^Connected/);
    expect(existsSync(server.diskPath(folder))).toBe(true);

    await options.click('#sync-save');
    await options.waitFor(() => document.body.textContent?.includes('Saved on this device.'), null);
    const stored = await options.evaluate(async () => {
      type Area = { get(key?: string | null): Promise<Record<string, unknown>> };
      type Api = { storage: { local: Area; sync: Area } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = scope.browser ?? scope.chrome;
      return { local: await api.storage.local.get('syncAccount'), sync: await api.storage.sync.get(null) };
    });
    expect(stored.local.syncAccount).toMatchObject({
      url: server.url(),
      user: WEBDAV_USER,
      password: WEBDAV_PASSWORD,
      folder: `${folder}/`,
      conditionalWrites: true,
    });
    expect(stored.sync).toEqual({});
    await options.close();
  });
});
