import { describe, expect, it } from 'vitest';
import { headingBefore, isName } from '@/utils/video/heading-before';
import { fixtureDocument, pageWith } from './replica';

const frameIn = (doc: Document, selector = 'iframe') => doc.querySelector(selector) as Element;

describe('the heading that labels an embedded player', () => {
  it('is the nearest heading before it in reading order, never one after it', () => {
    const moodle = fixtureDocument('lms/moodle-page.html');
    expect(headingBefore(frameIn(moodle, '#kaltura_player_57'))).toBe('Part 1: The second law');
    expect(headingBefore(frameIn(moodle, '#panopto-embed'))).toBe('Part 2: Worked examples');
    const canvas = fixtureDocument('lms/canvas-module-item.html');
    // "Before the discussion" comes after the player: the page's title heading labels it.
    expect(headingBefore(frameIn(canvas))).toBe('Week 3 Lecture: Entropy');
  });

  it('skips headings in navigation, side panels and footers, hidden ones, and ones that name nothing', () => {
    const doc = pageWith(
      '',
      `<h1>Week 4: Heat engines</h1>
       <nav><h2>Course menu</h2></nav><aside><h2>To do</h2></aside><h2 hidden>Draft</h2>
       <div role="heading" aria-level="3">  12  </div><h3> </h3>
       <iframe srcdoc=""></iframe>`,
    );
    expect(headingBefore(frameIn(doc))).toBe('Week 4: Heat engines');
    expect(headingBefore(frameIn(pageWith('', '<iframe srcdoc=""></iframe><h1>After</h1>')))).toBe('');
  });

  it.each([
    ['Лекция 3: Энтропия', true],
    ['محاضرة ٣', true],
    ['第三讲', true],
    ['2026-10-14', false],
    ['   ', false],
    ['— 3 —', false],
  ])('%j names something: %s', (text, named) => {
    expect(isName(text)).toBe(named);
  });
});
