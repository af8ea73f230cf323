import { expect, it } from 'vitest';
import type { PlatformAdapter } from '@/utils/video/platforms/platform';

/** One test per URL: the adapter claims it, and keys it so (null: one of its pages, not a lecture). */
export function itKeysUrls(adapter: PlatformAdapter, cases: readonly (readonly [string, string | null])[]) {
  it.each(cases)('%s → %s', (href, key) => {
    const url = new URL(href);
    expect(adapter.matches(url)).toBe(true);
    expect(adapter.lectureKey?.(url, null, null)).toBe(key);
  });
}
