import { describe, expect, it } from 'vitest';
import { canvas } from '@/utils/video/platforms/canvas';
import { pageWith } from '../replica';

describe('Canvas', () => {
  const page = new URL('https://canvas.example.edu/courses/4821/pages/week-2');

  it('names the course by its id under /courses/', () => {
    expect(canvas.course(new URL('https://canvas.example.edu/courses/4821/pages/week-2-lecture'), null)).toEqual({
      id: 'canvas:canvas.example.edu/4821',
      title: 'Course 4821 (canvas.example.edu)',
    });
  });

  it("takes the breadcrumbs' course name", () => {
    const doc = pageWith(
      '',
      '<nav id="breadcrumbs"><ul><li><a href="/">Home</a></li><li><a href="/courses/4821"><span class="ellipsible">PHYS 101: Thermodynamics</span></a></li></ul></nav>',
    );
    expect(canvas.course(page, doc)).toEqual({
      id: 'canvas:canvas.example.edu/4821',
      title: 'PHYS 101: Thermodynamics',
    });
  });
});
