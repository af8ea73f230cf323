/**
 * A student's video for the scheduler's tests: plays in ~250 ms timeupdate ticks like a browser,
 * pauses when prompted, seeks, waits; the clock is its own.
 */
import type { Range } from '@/utils/model/ranges';
import {
  type Chapter,
  initialSchedulerState,
  type PlaybackEvent,
  type PromptRequest,
  type SchedulerConfig,
  type SchedulerState,
  schedulePrompt,
} from '@/utils/prompts/scheduler';

export const SIX_MINUTES: SchedulerConfig = { enabled: true, intervalSeconds: 360, mode: 'interval' };
export const TICK_MS = 250;

export class Playback {
  state: SchedulerState;
  now = 1_700_000_000_000;
  time = 0;
  rate = 1;
  prompts: { at: number; prompt: PromptRequest }[] = [];

  constructor(config: SchedulerConfig = SIX_MINUTES, prompted: Range[] = [], chapters: Chapter[] = []) {
    this.state = initialSchedulerState(config, prompted, chapters);
  }

  send(event: PlaybackEvent): PromptRequest | null {
    const result = schedulePrompt(this.state, event, this.now);
    this.state = result.state;
    if (result.prompt) this.prompts.push({ at: this.time, prompt: result.prompt });
    return result.prompt;
  }

  play(rate = this.rate) {
    this.rate = rate;
    this.send({ type: 'play', currentTime: this.time, playbackRate: rate });
  }

  /** Plays until `videoTime` or a prompt (which pauses the video, as the overlay does). */
  playTo(videoTime: number, rate = this.rate): PromptRequest | null {
    this.play(rate);
    while (this.time < videoTime) {
      this.now += TICK_MS;
      this.time = Math.min(videoTime, this.time + (TICK_MS / 1000) * this.rate);
      const prompt = this.send({ type: 'timeupdate', currentTime: this.time, playbackRate: this.rate });
      if (prompt) {
        this.pause();
        return prompt;
      }
    }
    this.pause();
    return null;
  }

  pause() {
    this.send({ type: 'pause' });
  }

  seek(to: number) {
    this.send({ type: 'seeking' });
    this.now += 80;
    this.time = to;
    this.send({ type: 'seeked', currentTime: to });
  }

  wait(ms: number) {
    this.now += ms;
  }
}
