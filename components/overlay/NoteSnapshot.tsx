import type { Note } from '@/utils/model/notes';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import { SnapshotThumbnail } from '../shared/SnapshotThumbnail';
import { useNoteSnapshot } from './hooks/use-note-snapshot';

/** A note's snapshot in the overlay's notes panel, when it has one. */
export function NoteSnapshot({ bridge, note }: { bridge: OverlayBridge; note: Note }) {
  const image = useNoteSnapshot(bridge, note.id, note.updatedAt);
  return image ? <SnapshotThumbnail image={image} noteText={note.text} /> : null;
}
