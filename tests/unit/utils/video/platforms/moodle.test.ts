import { describe, expect, it } from 'vitest';
import { moodle } from '@/utils/video/platforms/moodle';
import { pageWith } from '../replica';

describe('Moodle', () => {
  it("names a course page's course", () => {
    expect(moodle.course(new URL('https://moodle.example.edu/course/view.php?id=77&section=2'), null)).toEqual({
      id: 'moodle:moodle.example.edu/77',
      title: 'Course 77 (moodle.example.edu)',
    });
  });

  it("reads an activity page's course from the body class", () => {
    const activity = new URL('https://moodle.example.edu/mod/page/view.php?id=9');
    const doc = pageWith(
      '',
      '<div class="page-context-header"><div class="page-header-headings"><h1>Biology 101</h1></div></div>',
    );
    doc.body.id = 'page-mod-page-view';
    doc.body.className = 'format-topics path-mod course-42 context-9';
    expect(moodle.course(activity, doc)).toEqual({ id: 'moodle:moodle.example.edu/42', title: 'Biology 101' });
    // The same class on a page that is not Moodle's says nothing.
    doc.body.id = '';
    expect(moodle.course(activity, doc)).toBeNull();
  });
});
