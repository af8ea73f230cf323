import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  count,
  httpUrl,
  millis,
  NoteIdSchema,
  nonEmpty,
  RangeSchema,
  RecordIdSchema,
  SegmentSchema,
  text,
  videoSeconds,
} from '@/utils/model/fields';

const DAY = 24 * 3600;

describe('model field rules', () => {
  it.each<[string, v.GenericSchema, unknown, boolean]>([
    ['text: empty', text(3), '', true],
    ['text: at the cap', text(3), 'abc', true],
    ['text: over the cap', text(3), 'abcd', false],
    ['text: a number', text(3), 3, false],
    ['nonEmpty: empty', nonEmpty(3), '', false],
    ['nonEmpty: one character', nonEmpty(3), 'a', true],
    ['nonEmpty: over the cap', nonEmpty(3), 'abcd', false],
    ['httpUrl: https', httpUrl, 'https://example.edu/lecture?id=1', true],
    ['httpUrl: http, any case', httpUrl, 'HTTP://example.edu/', true],
    ['httpUrl: javascript:', httpUrl, 'javascript:alert(1)', false],
    ['httpUrl: a file URL', httpUrl, 'file:///etc/passwd', false],
    ['httpUrl: not a URL', httpUrl, 'https://', false],
    ['httpUrl: over 4096 characters', httpUrl, `https://a.edu/${'x'.repeat(4096)}`, false],
    ['videoSeconds: zero', videoSeconds, 0, true],
    ['videoSeconds: a fraction', videoSeconds, 754.2, true],
    ['videoSeconds: a week', videoSeconds, 7 * DAY, true],
    ['videoSeconds: a live stream past a week', videoSeconds, 7 * DAY + 1, true],
    ['videoSeconds: a 24/7 stream a year in', videoSeconds, 365 * DAY, true],
    ['videoSeconds: negative', videoSeconds, -1, false],
    ['videoSeconds: NaN', videoSeconds, Number.NaN, false],
    ['videoSeconds: infinite', videoSeconds, Number.POSITIVE_INFINITY, false],
    ['videoSeconds: a string', videoSeconds, '12', false],
    ['millis: now', millis, Date.UTC(2026, 10, 25), true],
    ['millis: zero', millis, 0, true],
    ['millis: negative', millis, -1, false],
    ['millis: infinite', millis, Number.POSITIVE_INFINITY, false],
    ['count: zero', count, 0, true],
    ['count: a fraction', count, 1.5, false],
    ['count: negative', count, -1, false],
    ['NoteIdSchema: a UUID', NoteIdSchema, '0b7f6d2e-3c1a-4d5b-9e8f-1a2b3c4d5e6f', true],
    ['NoteIdSchema: a path', NoteIdSchema, '../../etc', false],
    ['NoteIdSchema: a number', NoteIdSchema, 42, false],
    ['RecordIdSchema: a session id', RecordIdSchema, 'mf3x9k-2', true],
    ['RecordIdSchema: empty', RecordIdSchema, '', false],
    ['RecordIdSchema: over 4096 characters', RecordIdSchema, 'x'.repeat(4097), false],
  ])('%s → %s', (_name, schema, value, accepted) => {
    expect(v.safeParse(schema, value).success).toBe(accepted);
  });
});

describe('ranges and segments', () => {
  it.each<[unknown, boolean, boolean]>([
    // value, a range?, a segment?
    [[0, 10], true, true],
    [[5.5, 6.25], true, true],
    [[5, 5], true, false],
    [[10, 2], false, false],
    [[-10, 5], false, false],
    [[0, Number.POSITIVE_INFINITY], false, false],
    [[0, 8 * DAY], true, true], // a live stream past a week
    [[0, 5, 9], false, false],
    [[0], false, false],
    [['0', 360], false, false],
    [{ start: 0, end: 5 }, false, false],
  ])('%j: range %s, segment %s', (value, isRange, isSegment) => {
    expect(v.safeParse(RangeSchema, value).success).toBe(isRange);
    expect(v.safeParse(SegmentSchema, value).success).toBe(isSegment);
  });
});
