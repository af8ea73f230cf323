import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { contentSender, pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { parseBackup } from '@/utils/backup/file';
import { db } from '@/utils/db/database';
import { readLibrary } from '@/utils/db/library';
import { addNote } from '@/utils/db/notes';
import { ankiExporter } from '@/utils/export/anki';
import { csvExporter } from '@/utils/export/csv';
import { exportToText } from '@/utils/export/exporter';
import { jsonExporter } from '@/utils/export/json';
import { markdownExporter } from '@/utils/export/markdown';
import { selectForExport } from '@/utils/export/snapshot';
import { MAX_NOTE_LENGTH } from '@/utils/model/kinds';
import type { FrameLecture } from '@/utils/overlay/frame-messages';
import { renderOnBridge } from './fake-bridge';

const lecture: FrameLecture = { key: 'url:https://example.edu/l1', title: 'L1', duration: 7200, resumeAt: null };

/** The UI wired to the real background handlers (on fake-indexeddb), with the port faked. */
const mount = () => renderOnBridge((bridge) => <OverlayApp bridge={bridge} />);

describe('OverlayApp: the editor', () => {
  it('opens at the video time, saves on Enter, then says Saved and closes', async () => {
    const { post, emit } = mount();
    await emit({ type: 'lecture', lecture });
    await screen.findByRole('button', { name: 'Notes (0)' });
    await emit({ type: 'open-editor', time: 3725 });
    const field = screen.getByRole('textbox', { name: /Note at 1:02:05/ });
    expect(post).toHaveBeenCalledWith({ type: 'editor-opened', time: 3725 });
    fireEvent.input(field, { target: { value: 'Krebs cycle #exam' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await screen.findByText('Saved at 1:02:05.');
    const [note] = await db.notes.toArray();
    expect(note).toMatchObject({ lectureKey: lecture.key, time: 3725, text: 'Krebs cycle #exam', tags: ['exam'] });
    expect(post).toHaveBeenCalledWith({ type: 'editor-closed', saved: true, refocusPage: true });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Notes (1)' })).toBeTruthy();
  });

  it('keeps the caption the controller read with the note, shows it in the editor and under the note', async () => {
    const { emit } = mount();
    await emit({ type: 'lecture', lecture });
    const caption = 'and that is why the <b>cell</b> divides';
    await emit({ type: 'open-editor', time: 61, caption });
    const field = screen.getByRole('textbox', { name: /Note at 1:01/ });
    fireEvent.keyDown(field, { key: 'ç', code: 'KeyC', altKey: true });
    expect(field).toHaveValue(caption);
    fireEvent.keyDown(field, { key: 'Enter' });
    await screen.findByText('Saved at 1:01.');
    expect(await db.notes.toArray()).toMatchObject([{ time: 61, text: caption, caption }]);
    fireEvent.click(screen.getByRole('button', { name: 'Notes (1)' }));
    const quote = screen.getByRole('list', { name: 'Notes on this lecture' }).querySelector('blockquote');
    expect(quote).toHaveTextContent(`Caption before this note: ${caption}`);
    expect(quote?.querySelector('b')).toBeNull();
  });

  it('saves no caption when the controller read none', async () => {
    const { emit } = mount();
    await emit({ type: 'lecture', lecture });
    await emit({ type: 'open-editor', time: 5 });
    expect(screen.queryByRole('button', { name: /Use caption/ })).toBeNull();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'plain' } });
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Enter' });
    await screen.findByText('Saved at 0:05.');
    expect((await db.notes.toArray())[0]).not.toHaveProperty('caption');
  });

  it('asks the controller for the current time when Add note is clicked', async () => {
    const { post, emit } = mount();
    await emit({ type: 'lecture', lecture });
    fireEvent.click(await screen.findByRole('button', { name: 'Add note' }));
    expect(post).toHaveBeenCalledWith({ type: 'request-editor' });
  });

  it('offers a draft left by a reload back, and restores it into the editor', async () => {
    await answerMessage(
      { type: 'draft/save', payload: { lectureKey: lecture.key, text: 'half a thought', time: 95, kind: 'question' } },
      pageSender(),
    );
    const { emit } = mount();
    await emit({ type: 'lecture', lecture });
    const offer = await screen.findByRole('region', { name: 'Unsaved note' });
    expect(offer.textContent).toContain('1:35');
    expect(offer.textContent).toContain('half a thought');
    fireEvent.click(within(offer).getByRole('button', { name: 'Restore note' }));
    const field = screen.getByRole('textbox', { name: /Note at 1:35/ }) as HTMLTextAreaElement;
    expect(field.value).toBe('half a thought');
  });

  it('keeps the caption in the draft, so a reload loses neither the text nor the caption', async () => {
    const first = mount();
    await first.emit({ type: 'lecture', lecture });
    await first.emit({ type: 'open-editor', time: 95, caption: 'what the professor said' });
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'half a thought' } });
    await waitFor(async () =>
      expect(await db.drafts.toArray()).toMatchObject([{ caption: 'what the professor said' }]),
    );
    cleanup(); // the tab reloads
    const { emit } = mount();
    await emit({ type: 'lecture', lecture });
    fireEvent.click(
      within(await screen.findByRole('region', { name: 'Unsaved note' })).getByRole('button', { name: 'Restore note' }),
    );
    expect(screen.getByRole('button', { name: 'Use caption (Alt+C)' })).toBeVisible();
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Enter' });
    await screen.findByText('Saved at 1:35.');
    expect(await db.notes.toArray()).toMatchObject([{ text: 'half a thought', caption: 'what the professor said' }]);
  });

  it.each([
    ['with the draft the old document saved', true],
    ['empty at its time, without a draft', false],
  ])('opens the editor again after this document loaded anew (a fullscreen move), %s', async (_, saved) => {
    if (saved) {
      await answerMessage(
        { type: 'draft/save', payload: { lectureKey: lecture.key, text: 'Entropy counts', time: 95, kind: 'note' } },
        pageSender(),
      );
    }
    const { post, emit } = mount();
    // The controller's order after `ready`: the lecture, then the editor (before the draft loaded).
    await emit({ type: 'lecture', lecture });
    await emit({ type: 'open-editor', time: 95, reopen: true });
    const field = (await screen.findByRole('textbox', { name: /Note at 1:35/ })) as HTMLTextAreaElement;
    expect(field.value).toBe(saved ? 'Entropy counts' : '');
    expect(post).toHaveBeenCalledWith({ type: 'editor-opened', time: 95 });
    // The draft is in the editor, not offered beside it (nor after it closes).
    expect(screen.queryByRole('region', { name: 'Unsaved note' })).toBeNull();
    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(screen.queryByRole('region', { name: 'Unsaved note' })).toBeNull();
  });

  it('shows a review prompt sent right behind the lecture (the UI loaded anew while it was shown)', async () => {
    const { emit } = mount();
    const prompt = { lectureKey: lecture.key, segment: [0, 60] as [number, number], covered: [], question: 'Why?' };
    await emit({ type: 'lecture', lecture }, { type: 'review-prompt', prompt });
    await screen.findByRole('dialog', { name: 'Quick review: 0:00-1:00' });
    await screen.findByRole('button', { name: 'Notes (0)' });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('saves what is typed as a draft, and clears it once the note is saved', async () => {
    const { emit } = mount();
    await emit({ type: 'lecture', lecture });
    await emit({ type: 'open-editor', time: 10 });
    const field = screen.getByRole('textbox');
    fireEvent.input(field, { target: { value: 'typing…' } });
    const drafts = () => db.drafts.where('lectureKey').equals(lecture.key).toArray();
    await waitFor(async () => expect(await drafts()).toMatchObject([{ text: 'typing…' }]));
    fireEvent.keyDown(field, { key: 'Enter' });
    await screen.findByText('Saved at 0:10.');
    await waitFor(async () => expect(await drafts()).toEqual([]));
  });

  it('offers to continue where the student left off, and seeks there', async () => {
    const { post, emit } = mount();
    await emit({ type: 'lecture', lecture: { ...lecture, resumeAt: 754 } });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue from 12:34' }));
    expect(post).toHaveBeenCalledWith({ type: 'seek', time: 754 });
    expect(screen.queryByRole('button', { name: /Continue from/ })).toBeNull();
  });
});

describe('OverlayApp: what real lectures contain', () => {
  const typeAndSave = async (text: string) => {
    const field = screen.getByRole('textbox') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: text } });
    fireEvent.keyDown(field, { key: 'Enter' });
    return field;
  };

  it('keeps 10,000 characters typed 8 days into a live stream: editor → storage → every export', async () => {
    const sighting = {
      key: lecture.key,
      platform: 'generic',
      title: 'Live',
      site: 'example.edu',
      url: 'https://example.edu/l1',
      duration: null,
    };
    await answerMessage({ type: 'lecture/seen', payload: sighting }, contentSender(1, 0, sighting.url));
    const { emit } = mount();
    await emit({ type: 'lecture', lecture: { ...lecture, duration: null } });
    const time = 8 * 24 * 3600 + 5;
    await emit({ type: 'open-editor', time });
    const text = `${'x'.repeat(MAX_NOTE_LENGTH - 5)} #end`;
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'question' } }); // Anki takes questions
    await typeAndSave(text);
    await screen.findByText('Saved at 192:00:05.');
    expect(await db.notes.toArray()).toMatchObject([{ time, text }]);
    const library = selectForExport(await readLibrary(), { kind: 'all' });
    for (const exporter of [markdownExporter, csvExporter, ankiExporter, jsonExporter]) {
      expect(exportToText(exporter, library, { now: Date.now() })).toContain('x'.repeat(MAX_NOTE_LENGTH - 5));
    }
    const backup = parseBackup(exportToText(jsonExporter, library, { now: Date.now() }));
    expect(backup).toMatchObject({ ok: true, backup: { notes: [{ time, text }] } });
  });

  it('keeps the editor open with the text, and says so, when the background cannot take the note', async () => {
    const { emit, post } = renderOnBridge((bridge) => <OverlayApp bridge={bridge} />, ['note/add']);
    await emit({ type: 'lecture', lecture });
    await emit({ type: 'open-editor', time: 10 });
    const field = await typeAndSave('typed while the worker stops');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Not saved yet/);
    expect(alert.textContent).toMatch(/still here/);
    expect(field.value).toBe('typed while the worker stops');
    expect(screen.getByRole('textbox')).toBe(field);
    expect(screen.queryByText(/Saved at/)).toBeNull();
    expect(post).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'editor-closed' }));
    expect(await db.notes.count()).toBe(0);
  });
});

describe('OverlayApp: the strip', () => {
  it('keeps one geometry whatever the count, news or offers: one line, never widened by them', async () => {
    await answerMessage(
      { type: 'draft/save', payload: { lectureKey: lecture.key, text: 'half a thought', time: 95, kind: 'note' } },
      pageSender(),
    );
    const { emit } = mount();
    await emit({ type: 'lecture', lecture: { ...lecture, resumeAt: 754 } });
    const offer = await screen.findByRole('region', { name: 'Unsaved note' });
    const strip = offer.closest('.overlay') as HTMLElement;
    expect(strip.className).toBe('overlay');
    expect(offer.parentElement?.className).toBe('line');
    // One offer at a time on that line: "Continue from" once the draft is dealt with.
    expect(screen.queryByRole('button', { name: /Continue from/ })).toBeNull();
    fireEvent.click(within(offer).getByRole('button', { name: 'Discard' }));
    const resume = await screen.findByRole('button', { name: 'Continue from 12:34' });
    expect(resume.closest('.line')).not.toBeNull();
    expect(strip.className).toBe('overlay');
  });
});

describe('OverlayApp: the notes panel', () => {
  async function openPanel() {
    await addNote(
      { lectureKey: lecture.key, time: 3725, kind: 'question', text: 'later <img src=x onerror=alert(1)>' },
      1,
    );
    await addNote({ lectureKey: lecture.key, time: 65, kind: 'note', text: 'early #cells' }, 2);
    await addNote({ lectureKey: 'other', time: 1, kind: 'note', text: 'elsewhere' }, 3);
    const mounted = mount();
    await mounted.emit({ type: 'lecture', lecture });
    fireEvent.click(await screen.findByRole('button', { name: 'Notes (2)' }));
    return mounted;
  }

  it('tells the controller when the panel closes (it may go back into fullscreen)', async () => {
    const { post } = await openPanel();
    expect(post).not.toHaveBeenCalledWith({ type: 'panel-closed' });
    fireEvent.click(screen.getByRole('button', { name: 'Notes (2)' }));
    expect(post).toHaveBeenCalledWith({ type: 'panel-closed' });
    expect(screen.queryByRole('list', { name: 'Notes on this lecture' })).toBeNull();
  });

  it('lists the notes by time, as text, and a time seeks the video', async () => {
    const { post } = await openPanel();
    const list = screen.getByRole('list', { name: 'Notes on this lecture' });
    const times = within(list).getAllByRole('button', { name: /^Play from/ });
    expect(times.map((button) => button.textContent)).toEqual(['1:05', '1:02:05']);
    expect(list.textContent).toContain('later <img src=x onerror=alert(1)>');
    expect(list.querySelector('img')).toBeNull();
    fireEvent.click(times[1] as HTMLElement);
    expect(post).toHaveBeenCalledWith({ type: 'seek', time: 3725 });
  });

  it('offers the caption again when a note is edited in place: Alt+C puts it in at the caret', async () => {
    const caption = 'the cell divides';
    await addNote({ lectureKey: lecture.key, time: 61, kind: 'note', text: 'Quote:', caption }, 1);
    const { emit } = mount();
    await emit({ type: 'lecture', lecture });
    fireEvent.click(await screen.findByRole('button', { name: 'Notes (1)' }));
    fireEvent.click(screen.getByRole('button', { name: /^Edit note at 1:01/ }));
    const field = screen.getByRole('textbox', { name: /Note at 1:01/ });
    fireEvent.keyDown(field, { key: 'ç', code: 'KeyC', altKey: true });
    expect(field).toHaveValue(`Quote: ${caption}`);
    fireEvent.keyDown(field, { key: 'Enter' });
    await screen.findByText(`Quote: ${caption}`);
  });

  it('edits a note in place', async () => {
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: /^Edit note at 1:05/ }));
    const field = screen.getByRole('textbox', { name: /Note at 1:05/ });
    fireEvent.input(field, { target: { value: 'edited #mitosis' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await screen.findByText('edited #mitosis');
    expect((await db.notes.where('tags').equals('mitosis').toArray()).length).toBe(1);
  });

  it('deletes a note, and Undo brings it back', async () => {
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: /^Delete note at 1:05/ }));
    await screen.findByRole('button', { name: 'Notes (1)' });
    expect(screen.queryByText('early #cells')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Note deleted.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('early #cells');
    expect(await db.notes.count()).toBe(3);
  });
});
