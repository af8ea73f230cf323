/**
 * A snapshot outside the overlay, like a student: after a "note with snapshot", the library's
 * lecture page shows its thumbnail (pixels not blank, its box the image's shape), Enter enlarges it
 * and Escape gives focus back; the print view shows the image, loaded, under its note; options say
 * how much space snapshots take and delete them all, and the note stays in the library without it.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { openInLibrary } from '../support/student';
import { imagePixels, takeSnapshotNote } from './snapshot-steps';

const NOTE = 'Slide: the Krebs cycle';
const THUMBNAIL = '.note-row .snapshot-thumbnail';

const loaded = (selector: string) => {
  const image = document.querySelector(selector) as HTMLImageElement | null;
  return Boolean(image?.complete && image.naturalWidth);
};

/** Clicks the button whose text is `text` (the student reads it, then clicks it). */
async function clickButton(tab: TabHandle, text: string) {
  await tab.waitFor(
    (text) => [...document.querySelectorAll('button')].some((button) => button.textContent?.trim() === text),
    text,
  );
  await tab.evaluate((text) => {
    const button = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === text);
    button?.setAttribute('data-test-click', '');
  }, text);
  await tab.click('button[data-test-click]');
  await tab.evaluate(() => document.querySelector('[data-test-click]')?.removeAttribute('data-test-click'), null);
}

describeInBrowsers('snapshots in the library and options in %s', (e2e) => {
  it('shows the thumbnail, enlarges it from the keyboard, prints it, and options delete them all while the note stays', async () => {
    const lecture = await e2e.lecture('/snapshots/lecture.html?case=same', 'lectern.test');
    await lecture.seekTo(20);
    await takeSnapshotNote(lecture, NOTE);

    const library = await openInLibrary(e2e.browser, 'Snapshot lecture', true);
    try {
      await library.bringToFront();
      await library.waitFor(loaded, `${THUMBNAIL} img`, 20_000);
      const pixels = await library.evaluate(imagePixels, `${THUMBNAIL} img`);
      expect(pixels).toMatchObject({ width: 480 });
      expect(pixels?.max).toBeGreaterThan(40);
      expect(pixels?.spread).toBeGreaterThan(4);
      // Its box is the image's shape, from the stored size.
      const box = await library.evaluate((selector) => {
        const rect = (document.querySelector(selector) as HTMLElement).getBoundingClientRect();
        return rect.width / rect.height;
      }, THUMBNAIL);
      expect(box).toBeCloseTo(480 / 270, 1);

      // Enter enlarges it in a dialog, alt text from the note; Escape closes it, focus comes back.
      await library.evaluate((selector) => (document.querySelector(selector) as HTMLElement).focus(), THUMBNAIL);
      await library.press('Enter');
      await library.waitFor(() => document.querySelector('dialog.snapshot-dialog[open]') !== null, null);
      expect(
        await library.evaluate(
          () => document.querySelector('dialog.snapshot-dialog[open] img')?.getAttribute('alt'),
          null,
        ),
      ).toBe(`Snapshot: ${NOTE}`);
      await library.press('Escape');
      await library.waitFor(
        (selector) =>
          document.querySelector('dialog.snapshot-dialog[open]') === null &&
          document.activeElement === document.querySelector(selector),
        THUMBNAIL,
      );

      // The print view: the image under its note, loaded before it says it is ready.
      await library.click('a[href^="#/print/"]');
      await library.waitFor(() => document.body.textContent?.includes('Ready to print.'), null, 20_000);
      expect(await library.evaluate(loaded, '.print-notes li .print-snapshot img')).toBe(true);
      const printed = await library.evaluate(imagePixels, '.print-notes li .print-snapshot img');
      expect(printed?.spread).toBeGreaterThan(4);
      expect(
        await library.evaluate(() => document.querySelector('.print-snapshot')?.closest('li')?.textContent, null),
      ).toContain(NOTE);
      if (e2e.name === 'chromium') {
        // On paper (Chromium emulates print media): the image at most 12 cm wide (454 CSS px), the
        // library's header and the print button left off.
        await (library.raw as Page).emulateMedia({ media: 'print' });
        const paper = await library.evaluate(
          () => ({
            image: Math.round(
              (document.querySelector('.print-snapshot img') as HTMLElement).getBoundingClientRect().width,
            ),
            header: getComputedStyle(document.querySelector('.library-header') as HTMLElement).display,
            button: getComputedStyle(document.querySelector('.print-view .no-print') as HTMLElement).display,
          }),
          null,
        );
        expect(paper).toMatchObject({ header: 'none', button: 'none' });
        // 12 cm, plus its 1 px border each side.
        expect(paper.image).toBeGreaterThan(300);
        expect(paper.image).toBeLessThanOrEqual(456);
        await (library.raw as Page).emulateMedia({ media: null });
      }

      // Options: the space they take, then delete them all (confirmed).
      const options = await e2e.browser.openExtensionPage('/options.html');
      try {
        await options.waitFor(
          () => /1 snapshot uses (less than )?[\d.]+ MB on this device/.test(document.body.textContent),
          null,
        );
        await clickButton(options, 'Delete all snapshots…');
        await clickButton(options, 'Delete all snapshots');
        await options.waitFor(
          () =>
            document.body.textContent?.includes('All snapshots were deleted. Your notes are kept.') &&
            document.body.textContent.includes('No snapshots yet'),
          null,
        );
      } finally {
        await options.close();
      }

      // Back on the lecture's page: the note is there, its thumbnail gone.
      await library.bringToFront();
      await library.evaluate(() => history.back(), null);
      await library.waitFor(
        (note) =>
          [...document.querySelectorAll('.note-row .note-text')].some((text) => text.textContent === note) &&
          document.querySelector('.snapshot-thumbnail') === null,
        NOTE,
      );
    } finally {
      await library.close();
    }
  });
});
