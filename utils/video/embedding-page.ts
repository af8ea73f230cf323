/**
 * Reads the page around a lecture's frame (the tab's top page: a Canvas or Moodle page around a
 * Kaltura or Panopto player) for the background, which decides with it what the lecture is called
 * and where it is filed (utils/video/embedded-lecture.ts). Runs in the script the background
 * injects into that top frame only (entrypoints/embedding-page.content.ts); reads, changes nothing.
 */
import type { EmbeddedFrame, EmbeddingPage } from '../protocol/embedding-page';
import { cleanText, headingBefore } from './heading-before';
import { pageName } from './page-name';
import { courseOfPage } from './platforms/registry';

/** The iframes read, at most (a page with more lists ads and widgets after its lecture). */
export const MAX_EMBEDDED_FRAMES = 40;

function frameFacts(frame: HTMLIFrameElement | HTMLFrameElement): EmbeddedFrame {
  const box = frame.getBoundingClientRect();
  const src = frame.src && /^https?:/.test(frame.src) ? frame.src : '';
  return {
    src: src.slice(0, 8192),
    area: Math.max(0, Math.round(box.width) * Math.round(box.height)),
    heading: headingBefore(frame).slice(0, 500),
    label: cleanText(frame.getAttribute('aria-label') || frame.title).slice(0, 500),
  };
}

export function readEmbeddingPage(url: URL, doc: Document): EmbeddingPage {
  const frames = Array.from(doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame'))
    .slice(0, MAX_EMBEDDED_FRAMES)
    .map(frameFacts);
  const course = courseOfPage(url, doc);
  return {
    url: url.href,
    name: pageName(url, doc).slice(0, 500),
    ...(course ? { course: { id: course.id.slice(0, 300), title: course.title.slice(0, 300) } } : {}),
    frames,
  };
}
