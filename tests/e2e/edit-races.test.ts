/**
 * Notes are never lost through an edit race or an Undo: two tabs on one lecture edit the same
 * note (the second, made on the older version, is refused with a message that says so, and the
 * first tab's change stays), and Undo of a deleted imported note (an id that is no UUID) brings
 * back exactly what storage held (issue 12, item 8).
 */
import { expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { storedLectures } from '../support/library-db';
import type { OverlayHandle } from '../support/student';
import { waitUntil } from '../support/wait-until';

const STALE = 'This note was changed in another tab; reload to see it.';

/** Every note as IndexedDB holds it, read by an extension page (the library tab). */
function readNotes(library: TabHandle) {
  return library.evaluate(
    () =>
      new Promise<{ id: string; text: string; lectureKey: string }[]>((resolve, reject) => {
        const request = indexedDB.open('lectern');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            request.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Opens the overlay's notes panel and waits until it lists a note with `text`. */
async function showNotes(overlay: OverlayHandle, text: string) {
  await overlay.click('button[aria-expanded="false"]');
  await overlay.waitFor(
    (wanted) => [...document.querySelectorAll('.note-text')].some((p) => p.textContent === wanted),
    text,
  );
}

/** Edits the listed note in place: Edit, new text, save (as the editor's form submits). */
async function editNote(overlay: OverlayHandle, text: string) {
  await overlay.click('button[aria-label^="Edit note at"]');
  await overlay.waitFor(() => document.querySelector('textarea') !== null, null);
  await overlay.evaluate((value) => {
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  // Submitted once the editor rendered the new text (its save reads the text it rendered).
  await overlay.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ((document.querySelector('textarea') as HTMLTextAreaElement).form as HTMLFormElement).requestSubmit();
  }, null);
}

describeInBrowsers('edit races in %s', (e2e) => {
  const demo = () => e2e.lecture('/demo/', 'lectern.test');

  it("refuses an edit made on an older version in a second tab, and keeps the first tab's", async () => {
    const first = await demo();
    await first.takeNote('Krebs cycle, first version');
    const second = await demo();
    const inSecond = await second.overlay();
    await showNotes(inSecond, 'Krebs cycle, first version');

    const inFirst = await first.overlay();
    await showNotes(inFirst, 'Krebs cycle, first version');
    await editNote(inFirst, 'Edited in the first tab');
    await inFirst.waitFor(() => document.body.textContent.includes('Changes saved.'), null);

    // The second tab still shows the note as it read it: its edit is refused, and says why.
    await editNote(inSecond, 'Edited in the second tab');
    await inSecond.waitFor((message) => document.body.textContent.includes(message), STALE);

    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    const texts = (await readNotes(library)).map((note) => note.text);
    expect(texts).toContain('Edited in the first tab');
    expect(texts).not.toContain('Edited in the second tab');
    await library.close();
  });

  it('undoes the delete of an imported note whose id is no UUID, exactly as it was stored', async () => {
    const lecture = await demo();
    await lecture.overlay();
    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    const key = await waitUntil(
      'the demo lecture stored',
      async () => (await storedLectures(library)).find((stored) => stored.site === 'lectern.test')?.key,
    );
    const imported = {
      id: 'backup-2019-note-12',
      lectureKey: key,
      time: 2,
      kind: 'note',
      text: 'Imported from an old backup',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    };
    await library.evaluate(
      (note) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('lectern');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const put = request.result.transaction('notes', 'readwrite').objectStore('notes').put(note);
            put.onsuccess = () => {
              request.result.close();
              resolve();
            };
            put.onerror = () => reject(put.error);
          };
        }),
      imported,
    );

    await (lecture.raw as { reload(): Promise<unknown> }).reload();
    const overlay = await lecture.overlay();
    await showNotes(overlay, imported.text);
    await overlay.click(`button[aria-label^="Delete note at"][aria-label$="${imported.text}"]`);
    await overlay.waitFor(() => document.body.textContent.includes('Note deleted.'), null);
    await overlay.click('.status button');
    await overlay.waitFor(() => document.body.textContent.includes('Note restored.'), null);
    await overlay.waitFor(
      (wanted) => [...document.querySelectorAll('.note-text')].some((p) => p.textContent === wanted),
      imported.text,
    );
    expect((await readNotes(library)).find((note) => note.id === imported.id)).toEqual(imported);
    await library.close();
  });
});
