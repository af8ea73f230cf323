/**
 * Tokens for the overlay's iframe: the background issues one to the overlay controller (a content
 * script) for its own tab and frame, and confirms it to the overlay page (an extension page framed
 * there) only when that page is in the same tab and framed in that frame. A page that frames the
 * overlay page itself, with a token it made up or one issued for another tab or frame, is refused
 * (utils/overlay/frame-connect.ts then connects nothing). Kept in `storage.session` (the MV3 worker
 * stops at any moment; gone when the browser closes), one token per tab and frame.
 */
import { storage } from 'wxt/utils/storage';
import type { DomainHandlers, MessageSender } from '../protocol/messages';
import type { overlayRequests } from '../protocol/overlay';

interface Issued {
  tabId: number;
  frameId: number;
  /** The frame's origin when the token was issued. */
  origin: string;
}

const issuedTokens = storage.defineItem<Record<string, Issued>>('session:overlayTokens', { fallback: {} });

const OVERLAY_PAGE = '/overlay-frame.html';

function urlOf(href: string | undefined): URL | null {
  return href && URL.canParse(href) ? new URL(href) : null;
}

/** A document of Lectern's own (an extension page), by the sender's URL. */
function isExtensionPage(sender: MessageSender): boolean {
  const url = urlOf(sender.url);
  return url !== null && /^(chrome|moz)-extension:$/.test(url.protocol);
}

function originOf(sender: MessageSender & { origin?: string }): string {
  return sender.origin ?? urlOf(sender.url)?.origin ?? 'null';
}

function newToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const overlayTokenHandlers: DomainHandlers<keyof typeof overlayRequests> = {
  'overlay/issue-token': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || isExtensionPage(sender)) throw new Error('only a page’s overlay may ask for a token');
    const frameId = sender.frameId ?? 0;
    const kept = Object.entries(await issuedTokens.getValue()).filter(
      ([, issued]) => issued.tabId !== tabId || issued.frameId !== frameId,
    );
    const token = newToken();
    await issuedTokens.setValue(Object.fromEntries([...kept, [token, { tabId, frameId, origin: originOf(sender) }]]));
    return { token };
  },
  'overlay/confirm-token': async ({ token, parentFrameId, parentOrigin }, sender) => {
    const issued = (await issuedTokens.getValue())[token];
    if (!issued || !isExtensionPage(sender) || urlOf(sender.url)?.pathname !== OVERLAY_PAGE)
      return { confirmed: false };
    // Framed (not a tab of its own) in the tab the token was issued for…
    if (!sender.frameId || sender.tab?.id !== issued.tabId) return { confirmed: false };
    // …and in that frame: by its id where the browser tells the page its parent's, else by origin.
    const inFrame = parentFrameId !== undefined ? parentFrameId === issued.frameId : parentOrigin === issued.origin;
    return { confirmed: inFrame };
  },
};

/** A tab closed: the tokens issued for its frames go (no overlay can be framed there any more). */
export async function forgetOverlayTokens(tabId: number): Promise<void> {
  const issued = Object.entries(await issuedTokens.getValue());
  const kept = issued.filter(([, token]) => token.tabId !== tabId);
  if (kept.length < issued.length) await issuedTokens.setValue(Object.fromEntries(kept));
}
