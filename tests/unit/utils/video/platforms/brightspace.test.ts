import { describe, expect, it } from 'vitest';
import { brightspace } from '@/utils/video/platforms/brightspace';
import { pageWith } from '../replica';

describe('Brightspace', () => {
  const url = new URL('https://d2l.example.edu/d2l/le/content/123456/viewContent/789/View');

  it('names the course by its org unit id', () => {
    expect(brightspace.course(url, null)).toEqual({
      id: 'brightspace:d2l.example.edu/123456',
      title: 'Course 123456 (d2l.example.edu)',
    });
  });

  it("takes the course navbar's title as the course's name", () => {
    const doc = pageWith(
      '',
      `<d2l-navigation><d2l-navigation-main-header><div class="d2l-navigation-s-header-logo-area">
         <div class="d2l-navigation-s-title-container"><a class="d2l-navigation-s-link" href="/d2l/home/123456" title="PHYS 201 - Thermodynamics">PHYS 201 - Thermodynamics</a></div>
       </div></d2l-navigation-main-header></d2l-navigation>`,
    );
    expect(brightspace.course(url, doc)).toEqual({
      id: 'brightspace:d2l.example.edu/123456',
      title: 'PHYS 201 - Thermodynamics',
    });
  });
});
