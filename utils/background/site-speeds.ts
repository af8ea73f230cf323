/**
 * Each site's default speed: the speed last chosen on it (utils/speed/README.md). Kept in
 * `browser.storage.local` under SITE_SPEEDS_KEY, which the overlay controller reads natively for a
 * lecture without a speed of its own. Only the background writes it, after `lecture/speed`.
 */
import { storage } from 'wxt/utils/storage';
import { SITE_SPEEDS_KEY, type SiteSpeeds } from '../settings/speed-keys';

/** The most sites kept; the one chosen on longest ago goes first. */
export const MAX_SITE_SPEEDS = 500;

const siteSpeeds = storage.defineItem<SiteSpeeds>(`local:${SITE_SPEEDS_KEY}`, { fallback: {}, version: 1 });

/** `speeds` with `site` set to `rate`, as the newest entry, at most MAX_SITE_SPEEDS of them. */
export function withSiteSpeed(speeds: SiteSpeeds, site: string, rate: number): SiteSpeeds {
  const entries = Object.entries(speeds).filter(([host]) => host !== site);
  entries.push([site, rate]);
  return Object.fromEntries(entries.slice(-MAX_SITE_SPEEDS));
}

export async function rememberSiteSpeed(site: string, rate: number): Promise<void> {
  if (!site) return;
  await siteSpeeds.setValue(withSiteSpeed(await siteSpeeds.getValue(), site, rate));
}

export const readSiteSpeeds = (): Promise<SiteSpeeds> => siteSpeeds.getValue();
