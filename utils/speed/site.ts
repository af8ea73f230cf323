/** The site a lecture's default speed is kept under: the same for the page side and the background. Pure. */
export function speedSiteOf(lecture: { site: string; url: string }): string {
  if (lecture.site) return lecture.site;
  return URL.canParse(lecture.url) ? new URL(lecture.url).hostname : '';
}
