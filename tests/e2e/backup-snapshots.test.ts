/**
 * A snapshot through the JSON backup, as a student does it in both browsers: a note with a snapshot
 * (Alt+Shift+N), the JSON backup exported from the library's Export page, the lecture deleted from
 * its library page (its note and snapshot go with it), the downloaded file imported: the image is
 * stored again byte for byte (SHA-256) and the overlay shows its thumbnail, not blank.
 */
import { expect, it } from 'vitest';
import type { FileData, TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { storedSnapshotDigests } from '../support/library-db';
import { openInLibrary } from '../support/student';
import { waitUntil } from '../support/wait-until';
import { panelThumbnail, takeSnapshotNote } from './snapshot-steps';

const LECTURE = '/snapshots/lecture.html?case=same';

/**
 * Waits for a `selector` element that reads `name` (its label's text for an input, else its own),
 * marks it for the driver and returns the mark's selector.
 */
async function byName(tab: TabHandle, selector: string, name: string): Promise<string> {
  const mark = `by-name-${Math.random().toString(36).slice(2)}`;
  await tab.waitFor(
    ({ selector, name, mark }) => {
      const element = [...document.querySelectorAll<HTMLInputElement>(selector)].find(
        (item) => (item.labels?.[0] ?? item).textContent?.replace(/\s+/g, ' ').trim() === name,
      );
      element?.setAttribute('data-by-name', mark);
      return element !== undefined;
    },
    { selector, name, mark },
  );
  return `[data-by-name="${mark}"]`;
}

const click = async (tab: TabHandle, selector: string, name: string) => tab.click(await byName(tab, selector, name));
const bodyIncludes = (text: string) => document.body.textContent?.includes(text) ?? false;

describeInBrowsers('snapshots in the JSON backup in %s', (e2e) => {
  it('exports a snapshot note, deletes its lecture, imports the file: the same image is back and shows', async () => {
    const lecture = await e2e.lecture(LECTURE, 'lectern.test');
    await lecture.seekTo(20);
    await takeSnapshotNote(lecture, 'Slide to back up');
    await lecture.close();

    const library = await openInLibrary(e2e.browser, 'Snapshot lecture');
    const original = await waitUntil('the snapshot stored', () => storedSnapshotDigests(library), {
      until: (digests) => Object.keys(digests).length === 1,
    });

    await click(library, 'nav a', 'Export');
    await click(library, 'input[name="export-format"]', 'JSON backup (importable)');
    const backup: FileData = await library.download(() => click(library, 'button', 'Export'));
    expect(JSON.parse(backup.text).snapshots).toHaveLength(1);

    await library.close();
    const page = await openInLibrary(e2e.browser, 'Snapshot lecture');
    await click(page, 'button', 'Delete lecture');
    await click(page, 'button', 'Delete');
    await page.waitFor(bodyIncludes, 'its 1 note.');
    expect(await storedSnapshotDigests(page)).toEqual({});

    await click(page, 'nav a', 'Export');
    await page.upload(await byName(page, 'input[type="file"]', 'Backup file'), backup);
    await page.waitFor(
      () => [...document.querySelectorAll('.import-summary tr')].some((row) => row.textContent === 'Snapshots100'),
      null,
    );
    await click(page, 'button', 'Import');
    await page.waitFor(bodyIncludes, 'added or updated, and 1 snapshot.');
    expect(await storedSnapshotDigests(page)).toEqual(original);
    await page.close();

    const again = await e2e.lecture(LECTURE, 'lectern.test');
    const pixels = await panelThumbnail(await again.overlay());
    expect(pixels).toMatchObject({ width: 480 });
    expect(pixels?.max).toBeGreaterThan(40);
    expect(pixels?.spread).toBeGreaterThan(4);
  });
});
