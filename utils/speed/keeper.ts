/**
 * Keeps the lecture's speed (page side, in the lecture's frame only; ./README.md). Starts from the
 * lecture's remembered speed, else its site's default, and puts it on the video on start and after
 * every source change (`loadedmetadata`). On each `ratechange` the rule (./rule.ts) says whose it
 * was: the student's (their player's menu or keys) becomes the remembered speed, sent to the
 * background (`lecture/speed`); a player's reset gets the remembered speed put back (a few times,
 * then Lectern lets a player that insists have its way). The speed shortcuts (./shortcuts.ts) step
 * it. Every change is told to the UI, which shows it in the strip.
 */
import { browser } from 'wxt/browser';
import type { ToFrame } from '../overlay/frame-messages';
import { sendMessage } from '../protocol/send';
import { SITE_SPEEDS_KEY, type SiteSpeeds } from '../settings/speed-keys';
import type { CurrentLecture } from '../video/lecture-channel';
import { isLoadingSource, isUserActive, watchActivity } from './activity';
import { isPlayableRate, nextRate, sameRate } from './rates';
import { judgeRateChange, mayRestore } from './rule';
import { readSpeedShortcuts, speedCommandOf } from './shortcuts';
import { speedSiteOf } from './site';

export interface SpeedKeeperOptions {
  post(message: ToFrame): void;
  signal: AbortSignal;
}

async function siteSpeed(site: string): Promise<number | null> {
  const speeds = (await browser.storage.local.get(SITE_SPEEDS_KEY))[SITE_SPEEDS_KEY] as SiteSpeeds | undefined;
  const rate = speeds && Object.hasOwn(speeds, site) ? speeds[site] : undefined;
  return typeof rate === 'number' && isPlayableRate(rate) ? rate : null;
}

export interface SpeedKeeper {
  /** Tells the UI the speed again (its document loaded anew). */
  resend(): void;
}

export function keepSpeed(lecture: CurrentLecture, { post, signal }: SpeedKeeperOptions): SpeedKeeper {
  const { video, sighting, stored } = lecture;
  const activity = watchActivity(video, signal);
  let remembered: number | null = stored?.speed ?? null;
  let lastRate = video.playbackRate;
  const restoredAt: number[] = [];
  const options = { signal } as const;

  const tell = (changed: boolean) => post({ type: 'speed', rate: video.playbackRate, changed });
  const apply = () => {
    if (remembered === null || isLoadingSource(video) || sameRate(video.playbackRate, remembered)) return;
    try {
      video.playbackRate = remembered;
      // Its event may come after a player's reset: judged against the rate Lectern set.
      lastRate = remembered;
    } catch {
      // A rate this browser cannot play (a speed kept from another browser): leave the player's.
    }
  };
  const remember = (rate: number) => {
    remembered = rate;
    sendMessage('lecture/speed', { key: sighting.key, rate }).catch(() => {
      // The background restarts (MV3) or the extension was updated: kept for this visit.
    });
  };

  video.addEventListener('loadedmetadata', apply, options);
  video.addEventListener(
    'ratechange',
    () => {
      const rate = video.playbackRate;
      if (sameRate(rate, lastRate)) return; // defaultPlaybackRate changed, not the speed
      lastRate = rate;
      const now = performance.now();
      const gestureAt = activity.gestureAt();
      const mediaEventAt = activity.mediaEventAt();
      const verdict = judgeRateChange({
        rate,
        remembered,
        sinceGesture: gestureAt === null ? null : now - gestureAt,
        userActive: isUserActive(),
        sinceMediaEvent: mediaEventAt === null ? null : now - mediaEventAt,
        loading: isLoadingSource(video),
      });
      if (verdict === 'student') remember(rate);
      else if (verdict === 'player' && !isLoadingSource(video) && mayRestore(restoredAt, now)) {
        restoredAt.push(now);
        apply();
      }
      tell(true);
    },
    options,
  );

  void readSpeedShortcuts().then((shortcuts) => {
    if (signal.aborted) return;
    window.addEventListener(
      'keydown',
      (event) => {
        const command = event.isTrusted ? speedCommandOf(event, shortcuts) : null;
        if (!command) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        remember(nextRate(video.playbackRate, command));
        apply();
        tell(true);
      },
      { capture: true, signal },
    );
  });

  if (remembered === null) {
    void siteSpeed(speedSiteOf(stored ?? sighting)).then((rate) => {
      if (signal.aborted || remembered !== null) return;
      remembered = rate;
      apply();
    });
  }
  apply();
  tell(false);
  return { resend: () => tell(false) };
}
