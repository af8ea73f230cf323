/**
 * Messages the background sends to content scripts in a tab (browser.tabs.sendMessage). Content
 * scripts accept them only from their own extension (`sender.id === browser.runtime.id`).
 */
export type ContentMessage =
  /** The note shortcut was pressed in another frame of this tab: open the editor here. */
  | { type: 'overlay/open-editor' }
  /** A focus-timer break started and the student wants lectures paused. */
  | { type: 'lecture/pause-playback' };
