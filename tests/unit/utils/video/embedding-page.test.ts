import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EmbeddingPageSchema } from '@/utils/protocol/embedding-page';
import { readEmbeddingPage } from '@/utils/video/embedding-page';
import { fixtureDocument } from './replica';

describe('reading the page around a lecture frame', () => {
  it("reads a Canvas module item: its course crumb, the player's labelling heading, its name", () => {
    const doc = fixtureDocument('lms/canvas-module-item.html');
    const frame = doc.querySelector('iframe') as HTMLIFrameElement;
    frame.src =
      'https://cdnapisec.kaltura.com/p/2031/embedPlaykitJs/uiconf_id/4454?iframeembed=true&entry_id=1_c4nv4s01';
    const url = new URL('https://canvas.example.edu/courses/1234/pages/week-3-lecture-entropy?module_item_id=5678');
    const page = readEmbeddingPage(url, doc);
    expect(page).toEqual({
      url: url.href,
      name: expect.stringContaining('Week 3 Lecture: Entropy'),
      course: { id: 'canvas:canvas.example.edu/1234', title: 'PHYS 201' },
      frames: [
        {
          src: frame.src,
          area: expect.any(Number),
          heading: 'Week 3 Lecture: Entropy',
          label: 'Embedded Kaltura Player',
        },
      ],
    });
    // What the background will accept (utils/background/embedding-page.ts).
    expect(v.safeParse(EmbeddingPageSchema, page).success).toBe(true);
  });

  it("reads a Moodle page: the course's short name, each embed with its own heading and label", () => {
    const doc = fixtureDocument('lms/moodle-page.html');
    const page = readEmbeddingPage(new URL('https://moodle.example.edu/mod/page/view.php?id=57'), doc);
    expect(page.course).toEqual({ id: 'moodle:moodle.example.edu/12', title: 'PHYS201' });
    // Its title without the site's name (the navbar's brand) and the course's.
    expect(page.name).toBe('Lecture 7: Entropy and the second law');
    expect(page.frames.map(({ heading, label }) => ({ heading, label }))).toEqual([
      { heading: 'Part 1: The second law', label: 'Kaltura Player' },
      { heading: 'Part 2: Worked examples', label: 'Panopto Embedded Video Player' },
    ]);
  });

  it("names the page without its LMS's brand, and skips a heading after the player", () => {
    const doc = fixtureDocument('lms/canvas-module-item.html');
    doc.title = 'Week 3 Lecture: Entropy | Canvas';
    const page = readEmbeddingPage(new URL('https://canvas.example.edu/courses/1234/pages/x'), doc);
    expect(page.name).toBe('Week 3 Lecture: Entropy');
    // "Before the discussion" comes after the player in the page: the page's title heading labels it.
    expect(page.frames[0]?.heading).toBe('Week 3 Lecture: Entropy');
  });

  it('reports only web addresses and at most 40 frames, each text cut to what the schema takes', () => {
    const doc = fixtureDocument('lms/moodle-page.html');
    const holder = doc.querySelector('.no-overflow') as HTMLElement;
    holder.insertAdjacentHTML(
      'beforeend',
      `<h3>${'Long '.repeat(200)}</h3><iframe srcdoc="" src="javascript:alert(1)"></iframe>`,
    );
    for (let index = 0; index < 50; index++) holder.insertAdjacentHTML('beforeend', '<iframe srcdoc=""></iframe>');
    const page = readEmbeddingPage(new URL('https://moodle.example.edu/mod/page/view.php?id=57'), doc);
    expect(page.frames).toHaveLength(40);
    // After the page's own two: the javascript: frame, with a heading longer than a name may be.
    expect(page.frames[2]?.src).toBe('');
    expect(page.frames[2]?.heading.length).toBeLessThanOrEqual(500);
    expect(page.frames[2]?.heading.endsWith('…')).toBe(true);
    expect(v.safeParse(EmbeddingPageSchema, page).success).toBe(true);
  });
});
