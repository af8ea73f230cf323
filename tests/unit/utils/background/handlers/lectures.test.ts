import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { EMBEDDING_PAGE_SCRIPT } from '@/utils/background/embedding-page';
import { forgetTab, IDENTITY_SCRIPT, lecturesOfFrame, OVERLAY_SCRIPT } from '@/utils/background/lecture-frames';
import { answerMessage } from '@/utils/background/register-messages';
import { MAX_SITE_SPEEDS, readSiteSpeeds, withSiteSpeed } from '@/utils/background/site-speeds';
import { db } from '@/utils/db/database';
import type { Lecture } from '@/utils/model/lectures';
import type { MessageSender } from '@/utils/protocol/messages';
import { disabledSitesSetting } from '@/utils/settings/items';
import { hostileLibrary } from '../../export/sample-library';

const lms = 'https://lms.example.edu/course/1';
const frameSender = (tabId: number, frameId: number, url = 'https://cdnapisec.kaltura.com/embed?entry_id=1_ab12cd34') =>
  ({ id: 'lectern', tab: { id: tabId, url: lms }, frameId, url }) satisfies MessageSender;
const sighting = {
  key: 'kaltura:1_ab12cd34',
  platform: 'kaltura',
  title: 'Week 2: Thermodynamics',
  site: 'cdnapisec.kaltura.com',
  url: 'https://cdnapisec.kaltura.com/embed?entry_id=1_ab12cd34',
  duration: 1800,
};

let injected: { tabId: number; frameIds?: number[]; file: string }[];
/** What the embedding page reader answers in a tab's top frame (unknown: nothing came back). */
let topPage: unknown;

beforeEach(() => {
  injected = [];
  topPage = undefined;
  const scripting = {
    executeScript: vi.fn(
      async ({ target, files }: { target: { tabId: number; frameIds?: number[] }; files: string[] }) => {
        const file = files[0] as string;
        // The overlay is built by another part of Lectern: until then its injection fails.
        if (file === OVERLAY_SCRIPT) throw new Error(`Could not load file: '${file}'.`);
        injected.push({ tabId: target.tabId, frameIds: target.frameIds, file });
        return file === EMBEDDING_PAGE_SCRIPT ? [{ frameId: 0, result: topPage }] : [];
      },
    ),
  };
  Object.assign(fakeBrowser, { scripting });
  fakeBrowser.runtime.id = 'lectern';
});

describe('lecture frames', () => {
  it('injects the identity script into exactly the frame with a lecture, and fails gracefully without the overlay', async () => {
    const reply = await answerMessage({ type: 'lecture/detected', payload: {} }, frameSender(7, 3));
    expect(reply).toEqual({ ok: true, data: { identity: true, overlay: false } });
    expect(injected).toEqual([{ tabId: 7, frameIds: [3], file: IDENTITY_SCRIPT }]);
  });

  it('relays the note shortcut from the top page to the lecture frame, from storage that outlives the worker', async () => {
    const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await answerMessage({ type: 'lecture/detected', payload: {} }, frameSender(7, 3));
    // What a stopped and restarted service worker would read back: storage.session, not memory.
    expect(await fakeBrowser.storage.session.get('lectureFrames')).toEqual({ lectureFrames: { 7: 3 } });
    const reply = await answerMessage({ type: 'lecture/open-editor', payload: {} }, frameSender(7, 0, lms));
    expect(reply).toEqual({ ok: true, data: { relayed: true } });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'overlay/open-editor' }, { frameId: 3 });
  });

  describe('with two players in the page', () => {
    const panopto = {
      ...sighting,
      key: 'panopto:7c1f8a2e-3b4d-4e5f-9a6b-0c1d2e3f4a5b',
      platform: 'panopto',
      site: 'uni.hosted.panopto.com',
      url: 'https://uni.hosted.panopto.com/Panopto/Pages/Embed.aspx?id=7c1f8a2e-3b4d-4e5f-9a6b-0c1d2e3f4a5b',
    };
    const panoptoFrame = frameSender(7, 4, panopto.url);
    const watching = (key: string, sender: MessageSender) =>
      answerMessage({ type: 'lecture/watching', payload: { key } }, sender);
    const shortcut = () => answerMessage({ type: 'lecture/open-editor', payload: {} }, frameSender(7, 0, lms));

    beforeEach(async () => {
      // Kaltura in frame 3, then Panopto in frame 4: Panopto is the one found last.
      await answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(7, 3));
      await answerMessage({ type: 'lecture/seen', payload: panopto }, panoptoFrame);
    });

    it('records both players when they report at once, so each may report on its own lecture', async () => {
      await fakeBrowser.storage.session.clear();
      await Promise.all([
        answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(9, 3)),
        answerMessage({ type: 'lecture/seen', payload: panopto }, frameSender(9, 4, panopto.url)),
      ]);
      expect(await lecturesOfFrame(9, 3)).toEqual([sighting.key]);
      expect(await lecturesOfFrame(9, 4)).toEqual([panopto.key]);
    });

    it('relays the note shortcut to the one the student watches, not the one found last', async () => {
      const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
      expect(await watching(sighting.key, frameSender(7, 3))).toEqual({ ok: true, data: { remembered: true } });
      await shortcut();
      expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'overlay/open-editor' }, { frameId: 3 });
      // A worker stopped and started again reads it back from storage.session.
      expect(await fakeBrowser.storage.session.get('watchedFrames')).toEqual({ watchedFrames: { 7: 3 } });
      await watching(panopto.key, panoptoFrame);
      await shortcut();
      expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'overlay/open-editor' }, { frameId: 4 });
    });

    it('falls back to the one found last when the watched frame has no lecture any more', async () => {
      const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tab, _message, options) => {
        if ((options as { frameId: number }).frameId === 3) throw new Error('Receiving end does not exist.');
      });
      await watching(sighting.key, frameSender(7, 3));
      expect(await shortcut()).toEqual({ ok: true, data: { relayed: true } });
      expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'overlay/open-editor' }, { frameId: 4 });
    });

    it('takes "watching" only from the frame that shows that lecture, and forgets it with the tab', async () => {
      expect((await watching(sighting.key, panoptoFrame)).ok).toBe(false);
      expect((await watching(sighting.key, pageSender())).ok).toBe(false);
      expect(await fakeBrowser.storage.session.get('watchedFrames')).toEqual({});
      await watching(sighting.key, frameSender(7, 3));
      await forgetTab(7);
      expect(await fakeBrowser.storage.session.get(['watchedFrames', 'lectureFrames'])).toEqual({
        watchedFrames: {},
        lectureFrames: {},
      });
    });
  });

  it('relays nothing in a tab without a lecture', async () => {
    const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const reply = await answerMessage({ type: 'lecture/open-editor', payload: {} }, frameSender(8, 0, lms));
    expect(reply).toEqual({ ok: true, data: { relayed: false } });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('stays off on a disabled site', async () => {
    await disabledSitesSetting.setValue(['lms.example.edu']);
    const reply = await answerMessage({ type: 'lecture/detected', payload: {} }, frameSender(7, 3));
    expect(reply).toEqual({ ok: true, data: { identity: false, overlay: false } });
    expect(injected).toEqual([]);
  });

  it.each([
    ['the tab', ['example.edu']],
    ['the frame', ['kaltura.com']],
  ])("stays off where %s is a disabled site's subdomain", async (_where, disabled) => {
    await disabledSitesSetting.setValue(disabled);
    const reply = await answerMessage({ type: 'lecture/detected', payload: {} }, frameSender(7, 3));
    expect(reply).toEqual({ ok: true, data: { identity: false, overlay: false } });
    expect(injected).toEqual([]);
  });

  it('remembers the page around an iframe lecture as the page to return to', async () => {
    const reply = await answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(7, 3));
    expect(reply).toMatchObject({
      ok: true,
      data: { lecture: { url: lms, site: 'lms.example.edu' }, seekTo: null },
    });
  });
});

describe('the course of a lecture', () => {
  const canvasTab = 'https://canvas.example.edu/courses/4821/pages/week-2';
  const inCanvas = (frameId: number, course?: { id: string; title: string }) =>
    answerMessage(
      { type: 'lecture/seen', payload: course ? { ...sighting, course } : sighting },
      { id: 'lectern', tab: { id: 7, url: canvasTab }, frameId, url: sighting.url },
    );

  it("gives a lecture in a player's iframe the course of the tab's LMS page", async () => {
    expect(await inCanvas(3)).toMatchObject({
      ok: true,
      data: {
        lecture: { course: { id: 'canvas:canvas.example.edu/4821', title: 'Course 4821 (canvas.example.edu)' } },
      },
    });
  });

  it('keeps the course the frame itself named', async () => {
    const course = { id: 'canvas:canvas.example.edu/4821', title: 'PHYS 101' };
    expect(await inCanvas(3, course)).toMatchObject({ ok: true, data: { lecture: { course } } });
    // a later sighting without one does not erase it
    expect(await inCanvas(3)).toMatchObject({ ok: true, data: { lecture: { course } } });
  });

  it('leaves a top-frame lecture without a course alone, and refuses a malformed course', async () => {
    const reply = await inCanvas(0);
    expect(reply.ok && 'course' in reply.data).toBe(false);
    const bad = await inCanvas(3, { id: '', title: 'x' });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/invalid lecture\/seen/) });
  });
});

describe('a lecture in a frame of an LMS page', () => {
  const canvasTab = 'https://canvas.example.edu/courses/1234/pages/week-3-lecture-entropy?module_item_id=5678';
  const inCanvas = (payload: object, frameId = 3, tabUrl = canvasTab) =>
    answerMessage(
      { type: 'lecture/seen', payload },
      { id: 'lectern', tab: { id: 7, url: tabUrl }, frameId, url: sighting.url },
    );
  const canvasPage = {
    url: canvasTab,
    name: 'Week 3 Lecture: Entropy',
    course: { id: 'canvas:canvas.example.edu/1234', title: 'PHYS 201' },
    frames: [{ src: sighting.url, area: 720 * 405, heading: 'Week 3 Lecture: Entropy', label: 'Kaltura Player' }],
  };
  const kalturaPlayer = { ...sighting, title: 'Kaltura Player' };

  it("is named, placed and filed from the tab's top page, which the background reads itself", async () => {
    topPage = canvasPage;
    expect(await inCanvas(kalturaPlayer)).toMatchObject({
      ok: true,
      data: {
        lecture: {
          key: 'kaltura:1_ab12cd34',
          title: 'Week 3 Lecture: Entropy',
          site: 'canvas.example.edu',
          url: canvasTab,
          course: { id: 'canvas:canvas.example.edu/1234', title: 'PHYS 201' },
        },
      },
    });
    expect(injected).toContainEqual({ tabId: 7, frameIds: [0], file: EMBEDDING_PAGE_SCRIPT });
  });

  it('names a course first seen by its address once its page shows the name', async () => {
    await inCanvas(kalturaPlayer);
    expect(await getLectureCourse()).toEqual({
      id: 'canvas:canvas.example.edu/1234',
      title: 'Course 1234 (canvas.example.edu)',
    });
    topPage = canvasPage;
    await inCanvas(kalturaPlayer);
    expect(await getLectureCourse()).toEqual({ id: 'canvas:canvas.example.edu/1234', title: 'PHYS 201' });
  });

  it.each([
    ['fails the schema (a field it does not know)', () => ({ ...canvasPage, title: 'x' })],
    ['fails the schema (a course without an id)', () => ({ ...canvasPage, course: { id: '', title: 'Evil' } })],
    [
      'was read on another page (the tab navigated meanwhile)',
      () => ({ ...canvasPage, url: 'https://hostile.example.com/x' }),
    ],
    ['is no object at all', () => 'Week 3 Lecture: Entropy'],
  ])("ignores what the top page answered when it %s: only the tab's address counts", async (_why, answer) => {
    topPage = answer();
    expect(await inCanvas(kalturaPlayer)).toMatchObject({
      ok: true,
      data: {
        lecture: {
          title: 'Kaltura Player',
          site: 'canvas.example.edu',
          course: { id: 'canvas:canvas.example.edu/1234', title: 'Course 1234 (canvas.example.edu)' },
        },
      },
    });
  });

  it('reads no top page for a lecture in the top frame', async () => {
    topPage = canvasPage;
    await inCanvas(kalturaPlayer, 0);
    expect(injected.filter((entry) => entry.file === EMBEDDING_PAGE_SCRIPT)).toEqual([]);
  });
});

async function getLectureCourse() {
  return (await db.lectures.get(sighting.key))?.course;
}

describe('opening a lecture at a moment', () => {
  it("opens YouTube at its own t= link and delivers the seek once, to that tab's lecture", async () => {
    const youtube = {
      key: 'youtube:dQw4w9WgXcQ',
      platform: 'youtube',
      title: 'Entropy',
      site: 'www.youtube.com',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      duration: 900,
    };
    await answerMessage(
      { type: 'lecture/seen', payload: youtube },
      { id: 'lectern', tab: { id: 1 }, frameId: 0, url: youtube.url },
    );
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({ id: 42 } as never);
    const opened = await answerMessage(
      { type: 'lecture/open-at', payload: { key: youtube.key, time: 125.5 } },
      pageSender(),
    );
    expect(opened).toEqual({
      ok: true,
      data: { tabId: 42, url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=125s' },
    });
    expect(create).toHaveBeenCalledWith({ url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=125s' });
    const otherTab = await answerMessage(
      { type: 'lecture/seen', payload: youtube },
      { id: 'lectern', tab: { id: 41 }, url: youtube.url },
    );
    expect(otherTab).toMatchObject({ data: { seekTo: null } });
    const seen = await answerMessage(
      { type: 'lecture/seen', payload: youtube },
      { id: 'lectern', tab: { id: 42 }, url: youtube.url },
    );
    expect(seen).toMatchObject({ data: { seekTo: 125.5 } });
    const again = await answerMessage(
      { type: 'lecture/seen', payload: youtube },
      { id: 'lectern', tab: { id: 42 }, url: youtube.url },
    );
    expect(again).toMatchObject({ data: { seekTo: null } });
  });

  /** The library's "open at 1:01" on the Kaltura lecture, in tab 9; resolves to the tabs.create spy. */
  async function openKalturaAt61() {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({ id: 9 } as never);
    await answerMessage({ type: 'lecture/open-at', payload: { key: sighting.key, time: 61 } }, pageSender());
    return create;
  }

  it('opens a lecture without timestamp links at its page and seeks there', async () => {
    await answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(7, 3));
    const create = await openKalturaAt61();
    expect(create).toHaveBeenCalledWith({ url: lms });
    const seen = await answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(9, 2));
    expect(seen).toMatchObject({ data: { seekTo: 61 } });
  });

  it('never opens an address that is not http(s) (a record stored before the rule, or by a bug)', async () => {
    await db.lectures.add({ ...(hostileLibrary.lectures[0] as Lecture), key: 'url:old' });
    const create = vi.spyOn(browser.tabs, 'create');
    const reply = await answerMessage({ type: 'lecture/open-at', payload: { key: 'url:old', time: 1 } }, pageSender());
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/no web address \(http or https\) to open/) });
    expect(create).not.toHaveBeenCalled();
  });

  it("keeps opening the lecture's own page after another site played the same player", async () => {
    await answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(7, 3));
    // A hostile page frames Kaltura's real player for the same entry.
    const hostile = 'https://hostile.example.com/courses/9/claim.html';
    await answerMessage(
      { type: 'lecture/seen', payload: sighting },
      { id: 'lectern', tab: { id: 8, url: hostile }, frameId: 2, url: sighting.url },
    );
    const create = await openKalturaAt61();
    expect(create).toHaveBeenCalledWith({ url: lms });
  });

  it('answers a clear error for a lecture that is not in the library', async () => {
    const reply = await answerMessage(
      { type: 'lecture/open-at', payload: { key: 'youtube:nope', time: 1 } },
      pageSender(),
    );
    expect(reply).toEqual({
      ok: false,
      error: 'Lectern could not lecture/open-at: this lecture is not in your library any more',
    });
  });
});

describe('the speed the student chose', () => {
  const speed = (rate: unknown, sender: MessageSender = frameSender(7, 3), key = sighting.key) =>
    answerMessage({ type: 'lecture/speed', payload: { key, rate } }, sender);

  it('remembers it on the lecture and as the default of the lecture’s site; a later visit keeps it', async () => {
    await answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(7, 3));
    expect(await speed(1.5)).toEqual({ ok: true, data: { remembered: true } });
    expect((await db.lectures.get(sighting.key))?.speed).toBe(1.5);
    // The lecture's site: the page around the player (the LMS), where the student watches it.
    expect(await readSiteSpeeds()).toEqual({ 'lms.example.edu': 1.5 });
    const again = await answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(7, 3));
    expect(again).toMatchObject({ ok: true, data: { lecture: { speed: 1.5 } } });
  });

  it.each([
    ['zero', 0],
    ['a negative rate', -1],
    ['past 16×', 20],
    ['NaN', Number.NaN],
    ['a string', '2'],
  ])('refuses %s and writes nothing', async (_name, rate) => {
    await answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(7, 3));
    const reply = await speed(rate);
    expect(reply.ok).toBe(false);
    expect((await db.lectures.get(sighting.key))?.speed).toBeUndefined();
    expect(await readSiteSpeeds()).toEqual({});
  });

  it('takes it only from the frame that shows the lecture, never from a page or another frame', async () => {
    await answerMessage({ type: 'lecture/seen', payload: sighting }, frameSender(7, 3));
    expect((await speed(2, frameSender(7, 4))).ok).toBe(false);
    expect((await speed(2, pageSender())).ok).toBe(false);
    expect((await db.lectures.get(sighting.key))?.speed).toBeUndefined();
  });

  it('keeps the newest sites first and drops the oldest past the cap', () => {
    let speeds: Record<string, number> = {};
    for (let site = 0; site < MAX_SITE_SPEEDS + 2; site++) speeds = withSiteSpeed(speeds, `s${site}.edu`, 1.25);
    speeds = withSiteSpeed(speeds, 's2.edu', 2);
    const sites = Object.keys(speeds);
    expect(sites).toHaveLength(MAX_SITE_SPEEDS);
    expect(sites[0]).toBe('s3.edu');
    expect(sites.at(-1)).toBe('s2.edu');
    expect(speeds['s2.edu']).toBe(2);
  });
});
