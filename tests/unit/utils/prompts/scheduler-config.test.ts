import { describe, expect, it } from 'vitest';
import { schedulerConfigFor } from '@/utils/prompts/scheduler-config';
import { DEFAULT_PROMPT_SETTINGS } from '@/utils/settings/native-keys';

describe('the scheduler config from the prompt settings', () => {
  it.each([
    ['www.youtube.com', ['youtube.com'], false],
    ['youtube.com', ['youtube.com'], false],
    ['notyoutube.com', ['youtube.com'], true],
    ['lms.example.edu', ['www.youtube.com'], true],
    ['LMS.example.edu', [' lms.example.edu '], false],
  ])('on %s with prompts off for %j: enabled=%s', (host, disabledSites, enabled) => {
    expect(schedulerConfigFor({ ...DEFAULT_PROMPT_SETTINGS, disabledSites }, host).enabled).toBe(enabled);
  });

  it.each([
    ['lms.example.edu', true],
    ['example.edu', true],
    ['other.example.org', false],
    [null, false],
  ])('in a player embedded in a page on %s, with prompts off for example.edu: off=%s', (pageSite, off) => {
    const settings = { ...DEFAULT_PROMPT_SETTINGS, disabledSites: ['example.edu'] };
    expect(schedulerConfigFor(settings, 'cdnapisec.kaltura.com', pageSite).enabled).toBe(!off);
  });

  it('clamps the interval to 1-60 minutes and respects the global switch', () => {
    expect(schedulerConfigFor({ ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 0.2 }, 'a').intervalSeconds).toBe(60);
    expect(schedulerConfigFor({ ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 90 }, 'a').intervalSeconds).toBe(3600);
    expect(schedulerConfigFor({ ...DEFAULT_PROMPT_SETTINGS, enabled: false }, 'a').enabled).toBe(false);
  });
});
