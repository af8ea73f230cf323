/**
 * Snapshot bench (part of `npm run bench`; alone with BENCH_ONLY=snapshot): "note with snapshot" as
 * a student takes it, in Chromium with the built extension, on tests/fixtures/snapshots/lecture.html
 * (the fixture lecture video, paused on a frame at a new moment each time). Ten times per path:
 * Alt+Shift+N, type a short note, Enter, until the overlay says "Saved at m:ss.". Two paths: the
 * page's own video (the frame read from the video) and a video from another host (a tainted canvas:
 * a capture of the visible tab, cropped to the video). Then, in the same run, ten plain notes (Alt+N)
 * for the ratio of Enter → "Saved" with and without a snapshot.
 *
 * Times come from the pages' own clocks (performance.timeOrigin + performance.now(), one monotonic
 * clock for the whole browser): the key press as the lecture page sees it (a keydown listener added
 * before any script, so before Lectern's), the frame shown and "Saved" as the overlay's DOM changes
 * (a MutationObserver in its frame). The sizes are read back from Lectern's database.
 */
import { launchChromium, type StudentBrowser } from '../support/browsers';
import type { FixtureServer } from '../support/fixture-server';
import { storedSnapshots } from '../support/library-db';
import { type LectureTab, type OverlayHandle, openLecture } from '../support/student';
import { describeTimes, median } from './stats';

const NOTES = Number(process.env.BENCH_SNAPSHOT_NOTES ?? 10);

interface Marks {
  /** The shortcut's keydown, as the lecture page saw it (or the overlay's frame, when it had the focus). */
  pressedAt: number;
  /** The frame shown in the editor (or the sentence saying why not). */
  shownAt?: number;
  enterAt: number;
  savedAt: number;
}

type BenchWindow = Window & {
  __benchKeys?: { code: string; at: number }[];
  __bench?: { armed: boolean; savedText: string; keyAt?: number; shownAt?: number; enterAt?: number; savedAt?: number };
};

/** In every page, before its scripts (and Lectern's): when each key reached it. */
function recordPageKeys() {
  const page = window as BenchWindow;
  page.__benchKeys = [];
  window.addEventListener(
    'keydown',
    (event) => page.__benchKeys?.push({ code: event.code, at: performance.timeOrigin + performance.now() }),
    true,
  );
}

/** In the overlay's frame: when the frame shows in the editor and when the awaited "Saved" shows. */
function watchOverlay() {
  const frame = window as BenchWindow;
  if (frame.__bench) return;
  const bench: NonNullable<BenchWindow['__bench']> = { armed: false, savedText: '' };
  frame.__bench = bench;
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  new MutationObserver(() => {
    if (bench.armed && bench.shownAt === undefined && document.querySelector('.snapshot-preview, .snapshot-error'))
      bench.shownAt = performance.timeOrigin + performance.now();
    if (bench.savedText && bench.savedAt === undefined && document.body.textContent?.includes(bench.savedText))
      bench.savedAt = performance.timeOrigin + performance.now();
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
  window.addEventListener(
    'keydown',
    (event) => {
      if (bench.armed && event.code === 'KeyN' && bench.keyAt === undefined)
        bench.keyAt = performance.timeOrigin + performance.now();
      if (bench.savedText && event.key === 'Enter' && bench.enterAt === undefined)
        bench.enterAt = performance.timeOrigin + performance.now();
    },
    true,
  );
}

function armOverlay() {
  (window as BenchWindow).__bench = Object.assign((window as BenchWindow).__bench ?? {}, {
    armed: true,
    savedText: '',
    keyAt: undefined,
    shownAt: undefined,
    enterAt: undefined,
    savedAt: undefined,
  });
}

/** Pauses on `at`, presses `shortcut`, types `text`, Enter; the marks once the overlay says "Saved". */
async function timeNote(lecture: LectureTab, overlay: OverlayHandle, at: number, shortcut: string, text: string) {
  await lecture.seekTo(at);
  // The tab capture takes the tab in front.
  await lecture.bringToFront();
  await overlay.evaluate(armOverlay, null);
  const keysBefore = await lecture.evaluate(() => (window as BenchWindow).__benchKeys?.length ?? 0, null);
  await lecture.press(shortcut);
  await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA', null);
  const withSnapshot = shortcut.includes('Shift');
  if (withSnapshot) {
    await overlay.waitFor(() => (window as BenchWindow).__bench?.shownAt !== undefined, null, 20_000);
    const error = await overlay.evaluate(() => document.querySelector('.snapshot-error')?.textContent ?? null, null);
    if (error) throw new Error(`No snapshot at ${at} s: ${error}`);
  }
  const time = await overlay.evaluate(() => document.querySelector('.editor-label .time')?.textContent ?? '', null);
  await overlay.evaluate(
    (saved) => Object.assign((window as BenchWindow).__bench ?? {}, { savedText: saved }),
    `Saved at ${time}.`,
  );
  await lecture.type(text);
  await overlay.waitFor((typed) => (document.activeElement as HTMLTextAreaElement | null)?.value === typed, text);
  await lecture.press('Enter');
  await overlay.waitFor(() => (window as BenchWindow).__bench?.savedAt !== undefined, null, 20_000);
  const bench = (await overlay.evaluate(() => (window as BenchWindow).__bench, null)) as NonNullable<
    BenchWindow['__bench']
  >;
  const pageKey = await lecture.evaluate(
    (from) => (window as BenchWindow).__benchKeys?.slice(from).find((key) => key.code === 'KeyN')?.at,
    keysBefore,
  );
  const pressedAt = pageKey ?? bench.keyAt;
  if (pressedAt === undefined || bench.enterAt === undefined || bench.savedAt === undefined)
    throw new Error(`A mark is missing: ${JSON.stringify({ pageKey, ...bench })}`);
  return { pressedAt, shownAt: bench.shownAt, enterAt: bench.enterAt, savedAt: bench.savedAt } satisfies Marks;
}

/** `NOTES` notes on one lecture (each at a new moment of the video); their marks. */
async function timeNotes(browser: StudentBrowser, url: string, shortcut: string): Promise<Marks[]> {
  const lecture = await openLecture(browser, url);
  try {
    const overlay = await lecture.overlay();
    await overlay.evaluate(watchOverlay, null);
    await timeNote(lecture, overlay, 5, shortcut, 'Warm-up'); // not counted
    const marks: Marks[] = [];
    for (let run = 0; run < NOTES; run++)
      marks.push(await timeNote(lecture, overlay, 15 + run * 20, shortcut, `Slide ${run + 1}: the key idea`));
    return marks;
  } finally {
    await lecture.close();
  }
}

async function snapshotSizes(browser: StudentBrowser, seen: Set<string>) {
  const library = await browser.openExtensionPage('/dashboard.html');
  try {
    const fresh = (await storedSnapshots(library)).filter((snapshot) => !seen.has(snapshot.noteId));
    for (const snapshot of fresh) seen.add(snapshot.noteId);
    return fresh;
  } finally {
    await library.close();
  }
}

export async function benchSnapshots(server: FixtureServer): Promise<string[]> {
  const browser = await launchChromium();
  await browser.chromiumContext?.addInitScript(recordPageKeys);
  const lines = [`Note with snapshot (Chromium, the fixture lecture, ${NOTES} notes per path after a warm-up):`];
  const seen = new Set<string>();
  const savesWithSnapshot: number[] = [];
  try {
    const paths = [
      { name: "the page's own video (frame read from the video)", query: 'case=bench-same' },
      { name: 'a video from another host (tab capture, cropped)', query: 'case=bench-cross&from=video.example.org' },
    ];
    for (const path of paths) {
      const marks = await timeNotes(
        browser,
        server.url(`/snapshots/lecture.html?${path.query}`, 'lectern.test'),
        'Alt+Shift+KeyN',
      );
      const sizes = await snapshotSizes(browser, seen);
      savesWithSnapshot.push(...marks.map((mark) => mark.savedAt - mark.enterAt));
      const bytes = sizes.map((size) => size.data);
      const kinds = [...new Set(sizes.map((size) => `${size.mime} ${size.width}×${size.height}`))];
      lines.push(
        `  ${path.name}:`,
        `    Alt+Shift+N → frame shown in the editor: ${describeTimes(marks.map((mark) => (mark.shownAt ?? Number.NaN) - mark.pressedAt))}`,
        `    Enter → "Saved": ${describeTimes(marks.map((mark) => mark.savedAt - mark.enterAt))}`,
        `    Alt+Shift+N → "Saved" (typing a ${'Slide 1: the key idea'.length}-character note included): ${describeTimes(marks.map((mark) => mark.savedAt - mark.pressedAt))}`,
        `    stored: ${sizes.length} snapshots (the warm-up's included), ${(median(bytes) / 1024).toFixed(1)} KB median, ${(Math.max(...bytes) / 1024).toFixed(1)} KB max; ${kinds.join(', ')}`,
      );
    }
    const plain = await timeNotes(
      browser,
      server.url('/snapshots/lecture.html?case=bench-plain', 'lectern.test'),
      'Alt+KeyN',
    );
    const plainSaves = plain.map((mark) => mark.savedAt - mark.enterAt);
    lines.push(
      `  plain note (Alt+N): Enter → "Saved" ${describeTimes(plainSaves)}; with a snapshot x${(median(savesWithSnapshot) / median(plainSaves)).toFixed(2)}`,
    );
  } finally {
    await browser.close();
  }
  return lines;
}
