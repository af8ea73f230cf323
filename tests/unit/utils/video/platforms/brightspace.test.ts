import { describe, expect, it } from 'vitest';
import { brightspace } from '@/utils/video/platforms/brightspace';

describe('Brightspace', () => {
  it('names the course by its org unit id', () => {
    expect(brightspace.course(new URL('https://d2l.example.edu/d2l/le/content/123456/viewContent/789/View'))).toEqual({
      id: 'brightspace:d2l.example.edu/123456',
      title: 'Course 123456 (d2l.example.edu)',
    });
  });
});
