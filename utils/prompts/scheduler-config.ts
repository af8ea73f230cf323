/**
 * The scheduler's config from the student's prompt settings: on or off (globally and per site,
 * by the one rule of utils/settings/disabled-sites.ts) and the interval, clamped.
 */
import { isSiteDisabled } from '../settings/disabled-sites';
import type { PromptSettings } from '../settings/native-keys';
import type { SchedulerConfig } from './scheduler';

/**
 * The scheduler's config for a site, from the prompt settings. `hosts`: the lecture frame's host
 * and, for a player embedded in another site's page (Kaltura in an LMS), that page's host: prompts
 * are off if the student switched off either.
 */
export function schedulerConfigFor(settings: PromptSettings, ...hosts: (string | null | undefined)[]): SchedulerConfig {
  const off = isSiteDisabled(settings.disabledSites, ...hosts);
  const requested = Number.isFinite(settings.intervalMinutes) ? Math.round(settings.intervalMinutes) : 6;
  const minutes = Math.min(60, Math.max(1, requested));
  return { enabled: settings.enabled && !off, intervalSeconds: minutes * 60, mode: settings.mode };
}
