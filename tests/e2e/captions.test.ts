/**
 * The words just said (issue 14 §1): a note keeps what the captions said in the 10 s before it.
 * A WebVTT `<track>` shown, switched off after loading, or added by a player's script and left off
 * (read without ever being shown); a track never loaded (nothing, until the student chooses "load
 * captions for notes": then hidden, never shown); YouTube's own caption markup, which shows only the
 * current line. The caption shows in the editor, Alt+C makes it the note, and the library quotes it.
 */
import { expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import type { LectureTab } from '../support/student';
import { readLibrary } from '../support/student';

/** tests/fixtures/media/lecture.vtt's cues overlapping 0:35–0:45 (a line every 4 s; markup and entities as said). */
const SAID_BEFORE_0_45 = [
  'Line 8: Clausius defined the change of entropy',
  'Line 9: as heat divided by temperature & nothing else',
  'Line 10: for a reversible process',
  'Line 11: now consider an isolated system',
].join(' ');

type CaptionPage = Window & { captionTrackReady: boolean; modesSeen: TextTrackMode[] };

/** The caption the editor shows (null: none), once it is open after Alt+N. */
async function editorCaption(lecture: LectureTab): Promise<string | null> {
  const overlay = await lecture.overlay();
  await lecture.press('Alt+KeyN');
  await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
  return overlay.evaluate(
    () =>
      document.querySelector('.note-editor .note-caption')?.textContent?.replace(/^Caption before this note: /, '') ??
      null,
    null,
  );
}

/** Types `text`, Enter, and waits for "Saved". */
async function saveNote(lecture: LectureTab, text: string) {
  const overlay = await lecture.overlay();
  await lecture.type(text);
  await overlay.waitFor((typed) => (document.activeElement as HTMLTextAreaElement | null)?.value === typed, text);
  await lecture.press('Enter');
  await overlay.waitFor(() => /Saved at /.test(document.body.textContent), null);
}

/** The caption track's mode now, and every mode it had since the page started. */
const trackModes = (lecture: TabHandle) =>
  lecture.evaluate(() => {
    const page = window as unknown as CaptionPage;
    const video = document.querySelector('video') as HTMLVideoElement;
    return { now: video.textTracks[0]?.mode, seen: page.modesSeen };
  }, null);

describeInBrowsers('captions with notes in %s', (e2e) => {
  /** The caption page for `kase`, with its track ready, paused at 0:45. */
  async function captionLecture(kase: string): Promise<LectureTab> {
    const lecture = await e2e.lecture(`/captions/track.html?case=${kase}`, 'lectern.test');
    await lecture.waitFor(() => (window as unknown as CaptionPage).captionTrackReady, null);
    await lecture.seekTo(45);
    return lecture;
  }

  it('a note on a page with a WebVTT track carries the lines said in the 10 s before it; the library quotes them', async () => {
    const lecture = await captionLecture('shown');
    expect(await editorCaption(lecture)).toBe(SAID_BEFORE_0_45);
    await saveNote(lecture, 'The second law, stated #exam');
    const [row] = await readLibrary(e2e.browser, 'Caption lecture: shown');
    expect(row).toContain('The second law, stated #exam');
    expect(row).toContain(`Caption before this note: ${SAID_BEFORE_0_45}`);
  });

  it.each([
    ['switched-off', 'a <track> the student switched off after it loaded'],
    ['script-off', "a player's addTextTrack track, left off"],
  ])('%s: reads %s without ever showing it', async (kase) => {
    const lecture = await captionLecture(kase);
    const before = await trackModes(lecture);
    expect(before.now).toBe('disabled');
    expect(await editorCaption(lecture)).toBe(SAID_BEFORE_0_45);
    await saveNote(lecture, 'Off but kept');
    const after = await trackModes(lecture);
    expect(after.now).toBe('disabled');
    expect(after.seen.slice(before.seen.length)).not.toContain('showing');
  });

  it('loads captions that were never loaded only when the student chooses it, hidden, never shown', async () => {
    const first = await captionLecture('off');
    expect(await editorCaption(first)).toBeNull();
    await saveNote(first, 'No captions loaded');
    expect((await trackModes(first)).seen).toEqual([]);
    await first.close();

    const options = await e2e.browser.openExtensionPage('/options.html');
    try {
      // The Captions section's last option: "Load captions for notes when they are off".
      await options.click('section[aria-labelledby="caption-options"] > p:last-child input[type="checkbox"]');
      await options.waitFor(async () => {
        type Local = { storage: { local: { get(key: string): Promise<Record<string, { loadForNotes?: boolean }>> } } };
        const scope = globalThis as unknown as { browser?: Local; chrome: Local };
        return (await (scope.browser ?? scope.chrome).storage.local.get('captions')).captions?.loadForNotes === true;
      }, null);
    } finally {
      await options.close();
    }

    const lecture = await captionLecture('off');
    await lecture.waitFor(() => document.querySelector('track')?.readyState === 2, null);
    expect(await editorCaption(lecture)).toBe(SAID_BEFORE_0_45);
    const modes = await trackModes(lecture);
    expect(modes.now).toBe('hidden');
    expect(modes.seen).not.toContain('showing');
  });

  it("a note on a YouTube replica keeps its caption segments' recent lines; Alt+C makes them the note", async () => {
    const lecture = await e2e.lecture('/watch?v=lecCCCCCCC3', 'www.youtube.com');
    // YouTube shows one line at a time; played at 2x to 0:14 the lines of 0:05–0:14 have come and gone.
    await lecture.playTo(14, 2);
    const said = 'entropy always grows in an isolated system that is the second law';
    expect(await editorCaption(lecture)).toBe(said);
    const overlay = await lecture.overlay();
    await lecture.press('Alt+KeyC');
    await overlay.waitFor((text) => (document.activeElement as HTMLTextAreaElement | null)?.value === text, said);
    await lecture.press('Enter');
    await overlay.waitFor(() => /Saved at /.test(document.body.textContent), null);
    const [row] = await readLibrary(e2e.browser, 'The second law, with captions');
    expect(row).toContain(`${said}Caption before this note: ${said}`);
  });
});
