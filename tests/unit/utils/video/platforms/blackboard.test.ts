import { describe, expect, it } from 'vitest';
import { blackboard } from '@/utils/video/platforms/blackboard';

describe('Blackboard', () => {
  it('names the course by its course_id', () => {
    const url = new URL(
      'https://learn.example.edu/webapps/blackboard/content/listContent.jsp?course_id=_5512_1&content_id=_9_1',
    );
    expect(blackboard.course(url)).toEqual({
      id: 'blackboard:learn.example.edu/_5512_1',
      title: 'Course _5512_1 (learn.example.edu)',
    });
  });
});
