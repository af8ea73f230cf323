/**
 * A web address: `http:` or `https:` and readable. The only kind of address Lectern stores for a
 * lecture, links to in an export or the print view, or opens in a tab (never `javascript:`,
 * `data:`, `file:`). No valibot: pages that validate nothing may use it.
 */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && URL.canParse(value);
}
