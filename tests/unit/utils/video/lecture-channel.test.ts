import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CurrentLecture,
  onNoteEditorRequest,
  publishLecture,
  requestNoteEditor,
  watchLecture,
} from '@/utils/video/lecture-channel';
import { clobberWindow } from './replica';

const lecture = () =>
  ({
    video: document.createElement('video'),
    companions: [],
    sighting: {
      key: 'url:https://uni.edu/l',
      platform: 'generic',
      title: 'L',
      site: 'uni.edu',
      url: 'https://uni.edu/l',
      duration: 60,
    },
    stored: null,
    seekTo: null,
  }) satisfies CurrentLecture;

describe('the lecture channel', () => {
  const undo: (() => void)[] = [];
  afterEach(() => {
    for (const step of undo.splice(0)) step();
    publishLecture(null);
  });

  it('hands the lecture and the note shortcut to the overlay while the page names a form after it', () => {
    undo.push(clobberWindow('__lecternLectureChannel', '<form name="__lecternLectureChannel"></form>'));
    const seen = vi.fn();
    undo.push(watchLecture(seen));
    const current = lecture();
    publishLecture(current);
    expect(seen).toHaveBeenLastCalledWith(current);

    requestNoteEditor();
    const opened = vi.fn();
    undo.push(onNoteEditorRequest(opened));
    expect(opened).toHaveBeenCalledTimes(1);
    requestNoteEditor();
    expect(opened).toHaveBeenCalledTimes(2);
  });
});
