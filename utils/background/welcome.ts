import { browser } from 'wxt/browser';

/** Opens the welcome page once, when Lectern is installed (not on updates). */
export function registerWelcomePage() {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
