/**
 * Access to the student's storage server from the background. Lectern's manifest already asks for
 * every site (`<all_urls>`: the detector runs on any course site), so this normally resolves at
 * once without a prompt. But Chrome lets a student withhold site access (extension settings →
 * "Site access": on click / on specific sites); then the background's fetch to their server would
 * fail as if it were unreachable. So set-up asks for exactly that origin, from the options page,
 * inside the click (a permission request needs the student's gesture): if access was withheld,
 * the browser asks the student for this one server. The one file of utils/sync/ that uses `browser`.
 */
import { browser } from 'wxt/browser';

/** `https://cloud.example.edu/remote.php/…` → `https://cloud.example.edu/*`. */
export function originPattern(url: string): string {
  return `${new URL(url.trim()).origin}/*`;
}

/**
 * Access to the storage's origin: true when the extension has it, else asks (call it from a click
 * handler). It asks only when access is missing: Firefox refuses a request for an origin that the
 * manifest lists only in `permissions`, not in `optional_permissions`, even when it is granted.
 */
export async function requestStorageAccess(url: string): Promise<boolean> {
  if (!browser.permissions?.request) return true;
  const origins = [originPattern(url)];
  try {
    if (await browser.permissions.contains({ origins })) return true;
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}
