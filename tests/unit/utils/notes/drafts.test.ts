import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/utils/db/database';
import type { Draft } from '@/utils/model/drafts';
import { clearDraft, DRAFT_MAX_AGE_MS, draftOwner, getDraft, saveDraft } from '@/utils/notes/drafts';

const lectureKey = 'url:https://x.edu/l1';
const now = 1_800_000_000_000;
const draft = (text: string, savedAt = now): Draft => ({ lectureKey, text, time: 95, kind: 'note', savedAt });

/** An editor in an open tab. */
async function openTab() {
  const tab = await fakeBrowser.tabs.create({ url: 'https://x.edu/l1' });
  return draftOwner(tab.id);
}

describe('drafts, one per lecture and tab', () => {
  it('keeps each tab’s text: saving in one tab neither overwrites nor clears the other’s', async () => {
    const [a, b] = [await openTab(), await openTab()];
    await saveDraft(a, draft('typed in A'));
    await saveDraft(b, draft('typed in B'));
    expect(await getDraft(a, lectureKey, now)).toMatchObject({ text: 'typed in A' });
    await clearDraft(a, lectureKey);
    expect(await getDraft(b, lectureKey, now)).toMatchObject({ text: 'typed in B' });
    expect(await getDraft(a, lectureKey, now)).toBeNull();
  });

  it('keeps drafts where content scripts cannot read them: the database, not storage.local', async () => {
    const a = await openTab();
    await saveDraft(a, draft('secret thought'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await db.drafts.toArray()).toEqual([{ ...draft('secret thought'), owner: a }]);
  });

  it('hands a closed tab’s draft, the newest, to the next tab on the lecture, and to that tab only', async () => {
    const live = await openTab();
    await saveDraft(live, draft('still being typed', now - 1));
    await saveDraft(await draftOwner(98), draft('older, tab closed', now - 20));
    await saveDraft(await draftOwner(99), draft('newer, tab closed', now - 10));
    const fresh = await openTab();
    expect(await getDraft(fresh, lectureKey, now)).toMatchObject({ text: 'newer, tab closed' });
    // Now it is the fresh tab's own: another new tab gets the older one, then none.
    expect(await getDraft(fresh, lectureKey, now)).toMatchObject({ text: 'newer, tab closed' });
    expect(await getDraft(await openTab(), lectureKey, now)).toMatchObject({ text: 'older, tab closed' });
    expect(await getDraft(await openTab(), lectureKey, now)).toBeNull();
  });

  it('hands over a draft from an earlier browser run even if its tab id is in use again', async () => {
    const reused = (await fakeBrowser.tabs.create({})).id as number;
    await saveDraft(`earlier-run:${reused}`, draft('before the crash'));
    expect(await getDraft(await openTab(), lectureKey, now)).toMatchObject({ text: 'before the crash' });
  });

  it('drops a draft older than a month', async () => {
    const a = await openTab();
    await saveDraft(a, draft('ancient', now - DRAFT_MAX_AGE_MS - 1));
    expect(await getDraft(a, lectureKey, now)).toBeNull();
    expect(await db.drafts.count()).toBe(0);
  });

  it('saving empty text clears the tab’s draft', async () => {
    const a = await openTab();
    await saveDraft(a, draft('half'));
    await saveDraft(a, draft('  '));
    expect(await db.drafts.count()).toBe(0);
  });

  it('moves the drafts kept in storage.local out of it, once, and offers them to the next tab', async () => {
    await fakeBrowser.storage.local.set({
      [`draft:${lectureKey}`]: draft('from before the update'),
      'draft:url:https://x.edu/bad': { text: 1 },
      theme: 'dark',
    });
    const a = await openTab();
    expect(await getDraft(a, lectureKey, now)).toMatchObject({ text: 'from before the update' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ theme: 'dark' });
    expect(await db.drafts.toArray()).toEqual([{ ...draft('from before the update'), owner: a }]);
  });
});
