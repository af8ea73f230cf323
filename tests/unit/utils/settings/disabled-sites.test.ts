import { describe, expect, it } from 'vitest';
import { isSiteDisabled } from '@/utils/settings/disabled-sites';

describe('the one rule for "this site is off"', () => {
  it.each([
    // A listed site, and its subdomains.
    [['www.youtube.com'], 'www.youtube.com', true],
    [['youtube.com'], 'youtube.com', true],
    [['youtube.com'], 'www.youtube.com', true],
    [['youtube.com'], 'm.youtube.com', true],
    [['example.edu'], 'lms.courses.example.edu', true],
    // Not its parent, siblings, or look-alikes.
    [['www.youtube.com'], 'youtube.com', false],
    [['www.youtube.com'], 'm.youtube.com', false],
    [['youtube.com'], 'notyoutube.com', false],
    [['youtube.com'], 'youtube.com.evil.example', false],
    [['vimeo.com'], 'www.youtube.com', false],
    // Case and spaces do not matter; a port in an entry is ignored (a site is its host name).
    [['LMS.Example.edu'], 'lms.example.edu', true],
    [[' lms.example.edu '], 'LMS.example.edu', true],
    [['127.0.0.1:5173'], '127.0.0.1', true],
    [['localhost:8080'], 'localhost', true],
    [['127.0.0.1:5173'], '27.0.0.1', false],
    // Nothing listed, blank entries, or no list at all (storage read as is).
    [[], 'www.youtube.com', false],
    [[''], 'www.youtube.com', false],
    [['   '], 'www.youtube.com', false],
    [undefined, 'www.youtube.com', false],
    ['www.youtube.com', 'www.youtube.com', false],
    [{ 0: 'www.youtube.com' }, 'www.youtube.com', false],
  ])('%j on %s: %s', (disabled, host, expected) => {
    expect(isSiteDisabled(disabled, host)).toBe(expected);
  });

  it.each([
    [['example.edu'], ['cdnapisec.kaltura.com', 'lms.example.edu'], true],
    [['example.edu'], ['lms.example.edu', 'cdnapisec.kaltura.com'], true],
    [['example.edu'], ['cdnapisec.kaltura.com', 'other.example.org'], false],
    [['example.edu'], ['cdnapisec.kaltura.com', null, undefined, ''], false],
    [['example.edu'], [], false],
  ])('%j with hosts %j (a frame and the pages around it): %s', (disabled, hosts, expected) => {
    expect(isSiteDisabled(disabled, ...hosts)).toBe(expected);
  });
});
