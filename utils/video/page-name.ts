/**
 * INTERIM until the naming rules land (issue 13 item 1): the page's title without its site's name.
 */
import { cleanText } from './heading-before';

export function pageName(url: URL, doc: Document): string {
  const site = cleanText(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
  const parts = cleanText(doc.title).split(/\s+[|\-—·:]\s+/);
  while (parts.length > 1 && [site.toLowerCase(), url.hostname].includes((parts.at(-1) ?? '').toLowerCase()))
    parts.pop();
  return parts.join(' | ');
}
