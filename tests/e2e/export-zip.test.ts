/**
 * A snapshot note exported as a student does it, in both browsers: a note with snapshot on a replica
 * lecture, then Export (Markdown) in the library saves a .zip; unzipped here, its .md links the image
 * under the note and the image is the stored WebP/JPEG, byte for byte (same SHA-256).
 */
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../support/e2e';
import { storedSnapshotDigests } from '../support/library-db';
import { takeSnapshotNote } from './snapshot-steps';

const NOTE = 'Slide: the [Krebs] cycle';

describeInBrowsers('the Markdown export with a snapshot in %s', (e2e) => {
  it('is a .zip whose .md links the note’s image, the stored bytes', async () => {
    const lecture = await e2e.lecture('/snapshots/lecture.html?case=same', 'lectern.test');
    await lecture.seekTo(20);
    await takeSnapshotNote(lecture, NOTE);

    const library = await e2e.browser.openExtensionPage('/dashboard.html#/export');
    const panel = 'section[aria-labelledby="export-title"]';
    await library.waitFor((panel) => document.querySelector(`${panel} input[value="markdown"]:checked`), panel);
    const file = await library.download(() => library.click(`${panel} button[type="submit"]`));

    expect(file.name).toMatch(/^lectern-library-\d{4}-\d{2}-\d{2}\.zip$/);
    const entries = unzipSync(file.bytes ?? new Uint8Array());
    const markdownName = file.name.replace(/\.zip$/, '.md');
    expect(Object.keys(entries)).toContain(markdownName);
    const markdown = new TextDecoder().decode(entries[markdownName]);
    const link = markdown.match(/^ {2}!\[Slide: the \\\[Krebs\\\] cycle\]\((images\/[a-z0-9-]+\.(?:webp|jpg))\)$/m);
    expect(link, markdown).not.toBeNull();
    const image = entries[link?.[1] ?? ''];
    expect(image).toBeDefined();
    // The only snapshot stored is this note's: the image in the zip is its bytes, unchanged.
    const stored = Object.values(await storedSnapshotDigests(library));
    expect(stored).toEqual([
      createHash('sha256')
        .update(image ?? new Uint8Array())
        .digest('hex'),
    ]);
    const head = Buffer.from(image ?? []);
    if (link?.[1]?.endsWith('.webp')) {
      expect([head.toString('latin1', 0, 4), head.toString('latin1', 8, 12)]).toEqual(['RIFF', 'WEBP']);
    } else {
      expect([...head.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    }
    expect(Object.keys(entries).filter((name) => name.startsWith('images/'))).toEqual([link?.[1]]);
    await library.waitFor(
      (name) => document.body.textContent?.includes(`Saved ${name} (.zip, 1 image): 1 note from 1 lecture.`),
      file.name,
    );
    await library.close();
  });
});
