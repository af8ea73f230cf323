import { browser } from 'wxt/browser';
import { getLecture, recordLectureSighting, setLectureSpeed } from '../../db/lectures';
import type { LectureSighting } from '../../model/lectures';
import { isWebUrl } from '../../model/web-url';
import type { ContentMessage } from '../../protocol/content';
import type { lectureRequests } from '../../protocol/lectures';
import type { DomainHandlers, MessageSender } from '../../protocol/messages';
import { isSiteDisabled } from '../../settings/disabled-sites';
import { disabledSitesSetting } from '../../settings/items';
import { embeddedSighting } from '../../video/embedded-lecture';
import { timestampUrlFor } from '../../video/platforms/registry';
import { readEmbeddingPage } from '../embedding-page';
import {
  IDENTITY_SCRIPT,
  injectIntoFrame,
  noteFramesOf,
  OVERLAY_SCRIPT,
  rememberFrameLecture,
  rememberLectureFrame,
  rememberWatchedFrame,
} from '../lecture-frames';
import { addPendingSeek, takePendingSeek } from '../pending-seeks';
import { rememberSiteSpeed } from '../site-speeds';

function hostOf(href: string | undefined): string {
  try {
    return href ? new URL(href).hostname : '';
  } catch {
    return '';
  }
}

/** The page to return to: for a lecture inside an iframe (Kaltura in an LMS), the tab's page. */
function returnUrl(seen: string, sender: MessageSender): string {
  const tabUrl = sender.tab?.url;
  return sender.frameId && tabUrl && /^https?:/.test(tabUrl) ? tabUrl : seen;
}

/**
 * A lecture in a frame of another page (Kaltura in Canvas) belongs to the tab's top page: its site,
 * its course, and its name for the lecture when the player has none (utils/video/embedded-lecture.ts).
 */
async function asPartOfTab(sighting: LectureSighting, sender: MessageSender): Promise<LectureSighting> {
  const tabId = sender.tab?.id;
  const tabUrl = sender.tab?.url;
  if (!sender.frameId || tabId === undefined || !tabUrl || !isWebUrl(tabUrl)) return sighting;
  const top = new URL(tabUrl);
  return embeddedSighting(sighting, sender.url ?? sighting.url, top, await readEmbeddingPage(tabId, top));
}

export const lectureHandlers: DomainHandlers<keyof typeof lectureRequests> = {
  'lecture/detected': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    if (tabId === undefined) throw new Error('only a page in a tab can have a lecture');
    const disabled = await disabledSitesSetting.getValue();
    if (isSiteDisabled(disabled, hostOf(sender.tab?.url), hostOf(sender.url)))
      return { identity: false, overlay: false };
    await rememberLectureFrame(tabId, frameId);
    const identity = await injectIntoFrame(tabId, frameId, IDENTITY_SCRIPT);
    const overlay = await injectIntoFrame(tabId, frameId, OVERLAY_SCRIPT);
    return { identity, overlay };
  },
  'lecture/seen': async (sighting, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await rememberLectureFrame(tabId, sender.frameId ?? 0);
    if (tabId !== undefined) await rememberFrameLecture(tabId, sender.frameId ?? 0, sighting.key);
    const now = Date.now();
    const seen = await asPartOfTab(sighting, sender);
    const lecture = await recordLectureSighting({ ...seen, url: returnUrl(sighting.url, sender) }, now);
    return { lecture, seekTo: await takePendingSeek(sighting.key, tabId, now) };
  },
  // To the lecture frame the student watched last, else the one found last (a frame watched
  // earlier may have moved on to a page without a lecture: nothing there answers).
  'lecture/open-editor': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { relayed: false };
    const message: ContentMessage = { type: 'overlay/open-editor' };
    const frames = await noteFramesOf(tabId);
    for (const [index, frameId] of frames.entries()) {
      try {
        await browser.tabs.sendMessage(tabId, message, { frameId });
        return { relayed: true };
      } catch (error) {
        if (index === frames.length - 1) throw error;
      }
    }
    return { relayed: false };
  },
  // The sender rule checked the lecture is this frame's.
  'lecture/watching': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { remembered: false };
    await rememberWatchedFrame(tabId, sender.frameId ?? 0);
    return { remembered: true };
  },
  'lecture/open-at': async ({ key, time }) => {
    const lecture = await getLecture(key);
    if (!lecture) throw new Error('this lecture is not in your library any more');
    const url = timestampUrlFor(lecture.platform, lecture.url, time) ?? lecture.url;
    if (!isWebUrl(url)) throw new Error('this lecture has no web address (http or https) to open');
    const tab = await browser.tabs.create({ url });
    if (tab.id !== undefined) await addPendingSeek({ key, time, tabId: tab.id, at: Date.now() });
    return { tabId: tab.id ?? null, url };
  },
  // The sender rule checked the lecture is this frame's; its site is the one the library keeps.
  'lecture/speed': async ({ key, rate }) => {
    const lecture = await setLectureSpeed(key, rate, Date.now());
    if (!lecture) return { remembered: false };
    await rememberSiteSpeed(lecture.site || hostOf(lecture.url), rate);
    return { remembered: true };
  },
};
