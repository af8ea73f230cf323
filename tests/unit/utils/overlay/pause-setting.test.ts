import { describe, expect, it } from 'vitest';
import { pausesWhileTyping } from '@/utils/overlay/pause-setting';
import { pauseWhileTypingSetting } from '@/utils/settings/items';

describe('"pause while I type", read natively in the lecture frame', () => {
  it('is on by default and follows what the options page stored', async () => {
    expect(await pausesWhileTyping()).toBe(true);
    await pauseWhileTypingSetting.setValue(false);
    expect(await pausesWhileTyping()).toBe(false);
    await pauseWhileTypingSetting.setValue(true);
    expect(await pausesWhileTyping()).toBe(true);
  });
});
