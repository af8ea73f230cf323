import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { db } from '@/utils/db/database';
import type { FrameLecture } from '@/utils/overlay/frame-messages';
import { bytesToBase64 } from '@/utils/snapshots/base64';
import { renderOnBridge } from './fake-bridge';

const lecture: FrameLecture = { key: 'url:https://example.edu/l1', title: 'L1', duration: 7200, resumeAt: null };
const webp = new Uint8Array(
  [...'RIFF']
    .map((c) => c.charCodeAt(0))
    .concat(
      [9, 0, 0, 0],
      [...'WEBPVP8 '].map((c) => c.charCodeAt(0)),
      [1, 2, 3],
    ),
);
const image = { mime: 'image/webp', width: 480, height: 270, base64: bytesToBase64(webp) };

async function openWithSnapshot() {
  const mounted = renderOnBridge((bridge) => <OverlayApp bridge={bridge} />);
  await mounted.emit({ type: 'lecture', lecture });
  await screen.findByRole('button', { name: 'Notes (0)' });
  await mounted.emit({ type: 'open-editor', time: 61, snapshot: true });
  const asked = mounted.post.mock.calls
    .map(([message]) => message)
    .find((message) => message.type === 'capture-snapshot');
  expect(asked).toEqual({ type: 'capture-snapshot', id: expect.any(Number) });
  return { ...mounted, id: (asked as { id: number }).id };
}

const type = (text: string) => {
  const field = screen.getByRole('textbox', { name: /Note at 1:01/ });
  fireEvent.input(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

describe('OverlayApp: note with snapshot', () => {
  it('asks for the frame, shows it, and stores it with the note once saved', async () => {
    const { emit, id } = await openWithSnapshot();
    expect(screen.getByText('Capturing the frame…')).toBeTruthy();
    await emit({ type: 'snapshot', id, image });
    expect(screen.getByRole('img', { name: 'Snapshot of the video at this moment' })).toBeTruthy();
    type('Slide 3: glycolysis');
    await screen.findByText('Saved at 1:01.');
    const [note] = await db.notes.toArray();
    const stored = await db.snapshots.get(note?.id ?? '');
    expect(stored).toMatchObject({ mime: 'image/webp', width: 480, height: 270 });
    expect([...(stored?.data ?? [])]).toEqual([...webp]);
    // The notes panel shows it as a thumbnail, alt text from the note, enlarged on click.
    fireEvent.click(screen.getByRole('button', { name: 'Notes (1)' }));
    const thumbnail = await screen.findByRole('button', { name: 'Enlarge Snapshot: Slide 3: glycolysis' });
    expect(thumbnail.querySelector('img')?.getAttribute('src')).toBe(`data:image/webp;base64,${image.base64}`);
  });

  it('says why a video cannot be captured, and saves the note without it', async () => {
    const { emit, id } = await openWithSnapshot();
    await emit({ type: 'snapshot', id, error: 'This video cannot be captured (it is protected).' });
    expect(
      screen.getByText(/This video cannot be captured \(it is protected\)\. The note is saved without it\./),
    ).toBeTruthy();
    type('DRM lecture');
    await screen.findByText(/Saved at 1:01\. This video cannot be captured/);
    expect(await db.notes.count()).toBe(1);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('drops a capture that answers after the snapshot was removed', async () => {
    const { emit, id } = await openWithSnapshot();
    await emit({ type: 'snapshot', id, image });
    fireEvent.click(screen.getByRole('button', { name: 'Remove snapshot' }));
    await emit({ type: 'snapshot', id, image });
    expect(screen.queryByRole('img')).toBeNull();
    type('No picture after all');
    await screen.findByText('Saved at 1:01.');
    await waitFor(async () => expect(await db.snapshots.count()).toBe(0));
  });
});
