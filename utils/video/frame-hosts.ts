/**
 * The host names a frame is on, for the per-site switch (utils/settings/disabled-sites.ts): its
 * own and, where the browser tells (Chrome's `location.ancestorOrigins`; Firefox has none), those
 * of the pages around it, so a player embedded in a disabled site's page stays off too.
 */
export function frameHosts(location: Location): string[] {
  return [location.hostname, ...Array.from(location.ancestorOrigins ?? [], (origin) => new URL(origin).hostname)];
}
