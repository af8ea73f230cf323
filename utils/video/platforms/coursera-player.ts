import { type PlatformPlayer, textsIn } from './platform';

/**
 * Coursera's interactive transcript, beside its video.js player: every phrase of the lecture
 * (`.rc-Phrase`), the one being said marked `active`. Read as a caption display whose line changes
 * by class; its player's own captions are video.js's (generic-player.ts).
 */
export const courseraPlayer = {
  captions: (video) => {
    const transcript = video.ownerDocument.querySelector('.rc-InteractiveTranscript, .rc-Transcript');
    if (!transcript) return null;
    return { element: transcript, lines: () => textsIn(transcript, '.rc-Phrase.active'), marksByClass: true };
  },
} satisfies PlatformPlayer;
