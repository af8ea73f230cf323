import { getSnapshot, putSnapshot } from '../../db/snapshots';
import type { DomainHandlers } from '../../protocol/messages';
import type { snapshotRequests } from '../../protocol/snapshots';
import { imageToWire, snapshotFromWire } from '../../snapshots/wire';
import { captureTabBox } from '../snapshot-capture';

export const snapshotHandlers: DomainHandlers<keyof typeof snapshotRequests> = {
  // The bytes are checked here (magic numbers, size), whatever the sender says they are.
  'snapshot/save': async ({ noteId, image }) => {
    const snapshot = snapshotFromWire(noteId, image, Date.now());
    if (typeof snapshot === 'string') throw new Error(snapshot);
    return { saved: await putSnapshot(snapshot) };
  },
  'snapshot/get': async ({ noteId }) => {
    const snapshot = await getSnapshot(noteId);
    return { image: snapshot ? imageToWire(snapshot) : null };
  },
  'snapshot/capture-tab': async (request, sender) => ({ image: imageToWire(await captureTabBox(request, sender.tab)) }),
};
