import { describe, expect, it } from 'vitest';
import { courseOf } from '@/utils/video/course';

describe('a stored lecture and its course', () => {
  it('keeps its recorded course, else takes the one its URL names', () => {
    const stored = { id: 'canvas:lms.example.edu/9', title: 'Thermodynamics' };
    expect(courseOf({ url: 'https://www.example.org/x', course: stored })).toBe(stored);
    expect(courseOf({ url: 'https://www.coursera.org/learn/thermo/lecture/a1/x' })).toEqual({
      id: 'coursera:thermo',
      title: 'Thermo',
    });
    expect(courseOf({ url: 'not a url' })).toBeNull();
  });
});
