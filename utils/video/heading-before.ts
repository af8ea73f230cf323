/**
 * The heading that labels an element the way a reader meets it: the nearest heading before it in
 * reading order (document order), outside navigation and side panels, with text that names
 * something (not only spaces or digits). For a player's iframe on a course page: Canvas's page
 * title heading, Moodle's activity heading or the section heading just above the embed.
 */
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const NOT_CONTENT = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"], [hidden]';

export const cleanText = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** Text that names something: not empty, and more than digits and punctuation. */
export const isName = (value: string) => /\p{L}/u.test(value);

export function headingBefore(element: Element): string {
  const headings = element.ownerDocument.querySelectorAll(HEADINGS);
  for (let index = headings.length - 1; index >= 0; index--) {
    const heading = headings[index] as Element;
    const before = heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (!before || heading.closest(NOT_CONTENT)) continue;
    const text = cleanText(heading.textContent);
    if (isName(text)) return text;
  }
  return '';
}
