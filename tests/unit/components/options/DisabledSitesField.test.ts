import { describe, expect, it } from 'vitest';
import { toHostName } from '@/components/options/DisabledSitesField';

describe('toHostName', () => {
  it.each([
    ['www.example.edu', 'www.example.edu'],
    ['https://lms.example.edu:8443/x', 'lms.example.edu:8443'],
    ['  Moodle.Uni.EDU ', 'moodle.uni.edu'],
  ])('reads %j as the site %j', (input, host) => {
    expect(toHostName(input)).toBe(host);
  });
});
