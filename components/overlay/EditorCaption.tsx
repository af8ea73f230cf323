import { USE_CAPTION_KEY } from '@/utils/notes/caption-text';
import { CaptionQuote } from '../shared/CaptionQuote';

/** In the note editor: the caption said before the note (kept with it), and the button that makes it the note's text. */
export function EditorCaption({ caption, onUse }: { caption: string; onUse: () => void }) {
  return (
    <div class="editor-caption">
      <CaptionQuote caption={caption} />
      <button type="button" class="small" aria-keyshortcuts={USE_CAPTION_KEY} onClick={onUse}>
        Use caption ({USE_CAPTION_KEY})
      </button>
    </div>
  );
}
