import { describe, expect, it } from 'vitest';
import { sakai } from '@/utils/video/platforms/sakai';
import { pageWith } from '../replica';

describe('Sakai', () => {
  const lessons = new URL('https://sakai.example.edu/portal/site/3f8a1c2e-phys201/tool/9b2d-lessons/ShowPage');

  it('names the course by its site id, and its name from the portal header', () => {
    expect(sakai.course(lessons, null)).toEqual({
      id: 'sakai:sakai.example.edu/3f8a1c2e-phys201',
      title: 'Course 3f8a1c2e-phys201 (sakai.example.edu)',
    });
    const doc = pageWith(
      '',
      `<div class="Mrphs-siteHierarchy"><div class="Mrphs-hierarchy--siteName"><a href="/portal/site/3f8a1c2e-phys201" title="PHYS 201 Fall 2026">
         <span class="Mrphs-breadcrumb--icon"></span> PHYS 201 Fall 2026</a></div>
       <span class="Mrphs-hierarchy--separator"></span><a class="Mrphs-hierarchy--toolName" href="#">Lessons</a></div>`,
    );
    expect(sakai.course(lessons, doc)?.title).toBe('PHYS 201 Fall 2026');
  });

  it("is no course on the student's own workspace or outside a site", () => {
    expect(sakai.course(new URL('https://sakai.example.edu/portal/site/~sam/tool/home'), null)).toBeNull();
    expect(sakai.matches(new URL('https://sakai.example.edu/portal/'))).toBe(false);
  });
});
