import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FocusSessionSchema } from '@/utils/model/sessions';

const session = {
  id: 'mf3x9k-2',
  phase: 'focus',
  plannedMs: 1_500_000,
  activeMs: 1_200_000,
  startedAt: 1_000,
  endedAt: 1_501_000,
  outcome: 'completed',
  lectureKeys: ['youtube:abc123'],
  noteCount: 3,
};

describe('FocusSessionSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a focus session', session, true],
    [
      'a long break, skipped, no lectures',
      { ...session, phase: 'longBreak', outcome: 'skipped', lectureKeys: [] },
      true,
    ],
    ['a UUID id', { ...session, id: '0b7f6d2e-3c1a-4d5b-9e8f-1a2b3c4d5e6f' }, true],
    ['an unknown phase', { ...session, phase: 'nap' }, false],
    ['an unknown outcome', { ...session, outcome: 'abandoned' }, false],
    ['negative active time', { ...session, activeMs: -1 }, false],
    ['a fractional note count', { ...session, noteCount: 1.5 }, false],
    ['an empty lecture key', { ...session, lectureKeys: [''] }, false],
    ['an empty id', { ...session, id: '' }, false],
    ['an extra field', { ...session, mood: 'good' }, false],
  ])('%s → %s', (_name, value, accepted) => {
    expect(v.safeParse(FocusSessionSchema, value).success).toBe(accepted);
  });
});
