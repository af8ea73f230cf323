/**
 * A title without the site's branding: "Simulate heat diffusion | egghead.io" → "Simulate heat
 * diffusion", "(12) Lecture 3 - YouTube" → "Lecture 3". Pure: strings in, string out, for the
 * identity script (a lecture's own page) and for the page that embeds a player (an LMS).
 */
import { cleanName } from './name-text';

/** What names the site: its own name(s) (og:site_name, application-name, a platform's brand) and its host. */
export interface SiteNames {
  siteName?: string | readonly string[];
  host?: string;
}

/**
 * Where a title splits into segments: `|` and `·` with or without spaces, `-` `–` `—` between
 * spaces (not "Part-time", "1990-2000"), and `: ` ("Lecture 13: Radiation", "edX: …").
 */
const SEPARATOR = /(\s*\|\s*|\s*·\s*|\s+[-–—]\s+|\s*:\s+)/u;

/** A segment as compared with a site name: case, spaces and punctuation ignored ("egghead.io" = "Egghead IO"). */
const comparable = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Two-letter country domains under a short second level: co.uk, ac.uk, edu.au, com.br. */
const isCountrySecondLevel = (labels: readonly string[]) =>
  labels.length >= 3 && (labels.at(-1)?.length ?? 0) === 2 && (labels.at(-2)?.length ?? 0) <= 3;

/** The names a host goes by: itself, without "www.", its domain ("edx.org"), and the domain's name ("edx"). */
function hostNames(host: string): string[] {
  if (!host || /^[\d.]+$|^\[|:/.test(host)) return [];
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const nameAt = isCountrySecondLevel(labels) ? labels.length - 3 : labels.length - 2;
  const names = [host, labels.join('.')];
  if (nameAt >= 0) names.push(labels.slice(nameAt).join('.'), labels[nameAt] as string);
  return names;
}

function namesOf({ siteName, host }: SiteNames): Set<string> {
  const own = typeof siteName === 'string' ? [siteName] : (siteName ?? []);
  const keys = [...own, ...hostNames(host ?? '')].map(comparable).filter(Boolean);
  return new Set(keys);
}

/** "(12) Lecture" → "Lecture": the unread count YouTube and others put before a tab's title. */
export const withoutUnreadCount = (title: string) => title.replace(/^\s*\(\d+\+?\)\s*/, '');

/**
 * The title without a leading or trailing segment (after `|`, `-`, `–`, `—`, `·`, `:`) that is
 * the site's name, its og:site_name or its host, repeatedly ("… | Unit 4 | edX" loses "edX"
 * only: "Unit 4" is not a site name), and without an unread count. A title that is nothing
 * but the site's name gives '' (no lecture name: the caller takes its next source).
 */
export function withoutSiteName(title: string, site: SiteNames): string {
  const names = namesOf(site);
  let text = cleanName(withoutUnreadCount(title));
  if (names.has(comparable(text))) return '';
  for (let stripped = true; stripped; ) {
    stripped = false;
    const parts = text.split(SEPARATOR);
    // parts: segment, separator, segment, … (odd indices are separators). Shortest edge first.
    for (let at = parts.length - 2; at >= 1 && !stripped; at -= 2) {
      if (names.has(comparable(parts.slice(at + 1).join('')))) {
        text = parts.slice(0, at).join('');
        stripped = true;
      }
    }
    for (let at = 1; at < parts.length && !stripped; at += 2) {
      if (names.has(comparable(parts.slice(0, at).join('')))) {
        text = parts.slice(at + 1).join('');
        stripped = true;
      }
    }
  }
  return text.trim();
}
