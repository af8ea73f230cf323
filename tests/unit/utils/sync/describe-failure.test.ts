/** The status lines a pass leaves: files it could not read, snapshots it refused. */
import { describe, expect, it } from 'vitest';
import { describeSkippedSnapshots, describeUnreadable } from '@/utils/sync/describe-failure';

describe('status lines after a pass that went through', () => {
  it('names refused snapshots, how many and why, and says the notes synced', () => {
    expect(describeSkippedSnapshots([])).toBeNull();
    expect(describeSkippedSnapshots([{ reason: 'its image is neither a WebP nor a JPEG' }])).toBe(
      'One snapshot on the server could not be used and was left out (its image is neither a WebP nor a JPEG); the notes themselves synced.',
    );
    expect(describeSkippedSnapshots([{ reason: 'its file is missing on the server' }, { reason: 'x' }])).toMatch(
      /^2 snapshots on the server could not be used and were left out \(its file is missing on the server\)/,
    );
  });

  it('counts unreadable files', () => {
    expect(describeUnreadable([])).toBeNull();
    expect(describeUnreadable(['a', 'b'])).toMatch(/^2 files in the sync folder could not be read/);
  });
});
