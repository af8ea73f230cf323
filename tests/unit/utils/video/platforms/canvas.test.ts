import { describe, expect, it } from 'vitest';
import { canvas } from '@/utils/video/platforms/canvas';
import { fixtureDocument, pageWith } from '../replica';

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

  it("reads a module item page's course crumb (the one that links to this course), whatever comes before it", () => {
    const doc = fixtureDocument('lms/canvas-module-item.html');
    const item = new URL('https://canvas.example.edu/courses/1234/pages/week-3-lecture-entropy?module_item_id=5678');
    expect(canvas.course(item, doc)).toEqual({ id: 'canvas:canvas.example.edu/1234', title: 'PHYS 201' });
    // Without the home crumb (a student's custom theme hides it) the course crumb is still found.
    doc.querySelector('#breadcrumbs li.home')?.remove();
    doc.querySelector('#crumb_course_1234')?.removeAttribute('id');
    expect(canvas.course(item, doc)?.title).toBe('PHYS 201');
    // A crumb linking to another course names nothing here.
    expect(canvas.course(new URL('https://canvas.example.edu/courses/99/pages/x'), doc)?.title).toBe(
      'Course 99 (canvas.example.edu)',
    );
  });
});
