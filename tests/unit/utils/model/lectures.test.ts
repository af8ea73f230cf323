import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  LectureCourseSchema,
  LectureSchema,
  LectureSightingSchema,
  PromptOutcomesSchema,
} from '@/utils/model/lectures';

const sighting = {
  key: 'youtube:abc123',
  platform: 'youtube',
  title: 'Cells & energy',
  site: 'www.youtube.com',
  url: 'https://www.youtube.com/watch?v=abc123',
  duration: 3600,
};
const lecture = {
  ...sighting,
  lastPosition: 754,
  watched: [[0, 800]],
  createdAt: 1,
  updatedAt: 2,
  lastWatchedAt: 2,
};
const outcomes = { answered: 1, skipped: 0, snoozed: 2, prompted: [[0, 360]], rewatch: [] };

describe('LectureSightingSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a sighting', sighting, true],
    ['an unknown duration', { ...sighting, duration: null }, true],
    ['with a course', { ...sighting, course: { id: 'coursera:ml', title: 'Machine learning' } }, true],
    ['a missing duration', { ...sighting, duration: undefined }, false],
    ['a negative duration', { ...sighting, duration: -5 }, false],
    ['a javascript: URL', { ...sighting, url: 'javascript:alert(1)' }, false],
    ['an empty key', { ...sighting, key: '' }, false],
    ['a key over 2048 characters', { ...sighting, key: 'k'.repeat(2049) }, false],
    ['an empty platform', { ...sighting, platform: '' }, false],
    ['a title over 500 characters', { ...sighting, title: 'x'.repeat(501) }, false],
    ['an extra field', { ...sighting, admin: true }, false],
    ['a course without id', { ...sighting, course: { id: '', title: 'x' } }, false],
  ])('%s → %s', (_name, value, accepted) => {
    expect(v.safeParse(LectureSightingSchema, value).success).toBe(accepted);
  });
});

describe('LectureCourseSchema', () => {
  it.each<[unknown, boolean]>([
    [{ id: 'canvas:lms.example.edu/42', title: 'Course 42 (lms.example.edu)' }, true],
    [{ id: 'canvas:lms.example.edu/42', title: '' }, true],
    [{ id: 'x'.repeat(301), title: 'x' }, false],
    [{ id: 'x', title: 'x', url: 'https://x' }, false],
  ])('%j → %s', (value, accepted) => {
    expect(v.safeParse(LectureCourseSchema, value).success).toBe(accepted);
  });
});

describe('PromptOutcomesSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['outcomes', outcomes, true],
    ['a fractional count', { ...outcomes, answered: 1.5 }, false],
    ['a negative count', { ...outcomes, skipped: -1 }, false],
    ['a backwards range', { ...outcomes, rewatch: [[10, 2]] }, false],
    ['a missing list', { ...outcomes, prompted: undefined }, false],
  ])('%s → %s', (_name, value, accepted) => {
    expect(v.safeParse(PromptOutcomesSchema, value).success).toBe(accepted);
  });
});

describe('LectureSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a lecture', lecture, true],
    ['with prompt outcomes', { ...lecture, prompts: outcomes }, true],
    ['nothing watched yet', { ...lecture, watched: [], lastPosition: 0 }, true],
    // The page to return to is the tab's page for a lecture in a player's iframe: any length a tab has.
    ['a long return URL', { ...lecture, url: `https://lms.example.edu/${'x'.repeat(5000)}` }, true],
    ['a return URL over 8192 characters', { ...lecture, url: 'x'.repeat(8193) }, false],
    ['a backwards watched range', { ...lecture, watched: [[10, 2]] }, false],
    ['a negative position', { ...lecture, lastPosition: -1 }, false],
    ['a missing time', { ...lecture, lastWatchedAt: undefined }, false],
    ['bad prompt outcomes', { ...lecture, prompts: { answered: 1 } }, false],
    ['an extra field', { ...lecture, secret: 1 }, false],
  ])('%s → %s', (_name, value, accepted) => {
    expect(v.safeParse(LectureSchema, value).success).toBe(accepted);
  });
});
