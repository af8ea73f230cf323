import { describe, expect, it } from 'vitest';
import { moodle } from '@/utils/video/platforms/moodle';
import { fixtureDocument, pageWith } from '../replica';

describe('Moodle', () => {
  it("names a course page's course", () => {
    expect(moodle.course(new URL('https://moodle.example.edu/course/view.php?id=77&section=2'), null)).toEqual({
      id: 'moodle:moodle.example.edu/77',
      title: 'Course 77 (moodle.example.edu)',
    });
  });

  it("reads an activity page's course from the body class, and its short name from the navbar", () => {
    const activity = new URL('https://moodle.example.edu/mod/page/view.php?id=57');
    const doc = fixtureDocument('lms/moodle-page.html');
    // The heading is the activity's, not the course's: the name is the navbar's link to course 12.
    expect(moodle.course(activity, doc)).toEqual({ id: 'moodle:moodle.example.edu/12', title: 'PHYS201' });
    // The same class on a page that is not Moodle's says nothing.
    doc.body.id = '';
    expect(moodle.course(activity, doc)).toBeNull();
  });

  it("takes only the navbar's link to this course (id 12, not 120), else a placeholder", () => {
    const activity = new URL('https://moodle.example.edu/mod/kalvidres/view.php?id=9');
    const doc = pageWith(
      '',
      `<ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://moodle.example.edu/course/view.php?id=120">BIO120</a></li></ol>
       <div class="page-context-header"><div class="page-header-headings"><h1>Lecture 3 recording</h1></div></div>`,
    );
    doc.body.id = 'page-mod-kalvidres-view';
    doc.body.className = 'format-weeks path-mod course-12 context-9';
    expect(moodle.course(activity, doc)).toEqual({
      id: 'moodle:moodle.example.edu/12',
      title: 'Course 12 (moodle.example.edu)',
    });
  });

  it("names the course's own page by its heading (it has no navbar link to itself)", () => {
    const doc = pageWith(
      '',
      '<div class="page-context-header"><div class="page-header-headings"><h1>Thermodynamics and Statistical Physics</h1></div></div>',
    );
    doc.body.id = 'page-course-view-topics';
    doc.body.className = 'format-topics path-course path-course-view course-12';
    expect(moodle.course(new URL('https://moodle.example.edu/course/view.php?id=12'), doc)?.title).toBe(
      'Thermodynamics and Statistical Physics',
    );
  });
});
