/**
 * The one rule for "this site is off", for Lectern as a whole (the `disabledSites` setting) and
 * for review prompts (`prompts.disabledSites`): what the options page promises, "on these sites"
 * Lectern (or its prompts) stays off. A listed site covers its subdomains (`youtube.com` covers
 * `www.youtube.com` and `m.youtube.com`, not `notyoutube.com`); case and surrounding spaces do not
 * matter, and a port in an entry (the options page keeps one from a pasted URL) is ignored: a
 * site is its host name. Pure and import-free: the always-on script in every frame uses it.
 */

/**
 * Whether any of `hosts` (host names; null for one not known) is on the `disabled` list. The list
 * is read from storage as is, so anything but an array counts as empty.
 */
export function isSiteDisabled(disabled: unknown, ...hosts: (string | null | undefined)[]): boolean {
  return (
    Array.isArray(disabled) &&
    disabled.some((entry) => {
      const site = `${entry}`.trim().toLowerCase().replace(/:\d+$/, '');
      return site && hosts.some((host) => host && `.${host.toLowerCase()}`.endsWith(`.${site}`));
    })
  );
}
