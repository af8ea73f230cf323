import { describe, expect, it } from 'vitest';
import { openQuestionsByCourse, questionsAsText } from '@/utils/export/teacher-questions';
import { hostileLibrary } from './sample-library';

describe('questions for my teacher, as text', () => {
  it('keeps a title and a site with line breaks on one line, and links only to http(s)', () => {
    const [group] = openQuestionsByCourse(hostileLibrary);
    if (!group) throw new Error('fixture');
    expect(questionsAsText(group)).toBe(
      [
        'Questions from my lecture notes (lms.example.edu ## site):',
        '',
        '1. What is a heat engine?',
        '   — Week 3 # Injected heading - injected item, at 0:30',
        '',
      ].join('\n'),
    );
  });
});
