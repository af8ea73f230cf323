import { describe, expect, it } from 'vitest';
import { blackboard } from '@/utils/video/platforms/blackboard';
import { pageWith } from '../replica';

describe('Blackboard', () => {
  const url = new URL(
    'https://learn.example.edu/webapps/blackboard/content/listContent.jsp?course_id=_5512_1&content_id=_9_1',
  );

  it('names the course by its course_id', () => {
    expect(blackboard.course(url, null)).toEqual({
      id: 'blackboard:learn.example.edu/_5512_1',
      title: 'Course _5512_1 (learn.example.edu)',
    });
  });

  it("takes Learn's first breadcrumb, else its course menu, as the course's name", () => {
    const crumbs = pageWith(
      '',
      `<div id="breadcrumbs"><div class="path" role="navigation" aria-label="Breadcrumb Navigation"><ol class="clearfix" id="breadcrumb_list">
         <li id="crumb_1" class="first-child"><a href="/webapps/blackboard/execute/launcher?type=Course&amp;id=_5512_1&amp;url="><span>PHYS201-2026FA: Thermodynamics</span></a></li>
         <li id="crumb_2" class="last-child"><span>Week 7 recordings</span></li></ol></div></div>`,
    );
    expect(blackboard.course(url, crumbs)?.title).toBe('PHYS201-2026FA: Thermodynamics');
    const menu = pageWith(
      '',
      '<h2 class="navPaletteTitle" id="courseMenuPalette_paletteTitleHeading"><a id="courseMenu_link" href="#" title="Collapse">PHYS201-2026FA</a></h2>',
    );
    expect(blackboard.course(url, menu)?.title).toBe('PHYS201-2026FA');
  });
});
