import { beforeEach, describe, expect, it, vi } from 'vitest';
import { frameLecture, overlayLecture } from '@/utils/overlay/controller/lecture';
import { createOverlayState } from '@/utils/overlay/controller/state';
import { watchLectureVideo } from '@/utils/overlay/video-watch';
import { keepSpeed } from '@/utils/speed/keeper';
import { fakeLecture, fakeUi } from './fakes';

vi.mock('@/utils/overlay/video-watch', () => ({
  watchLectureVideo: vi.fn(() => ({ setEditorOpen: vi.fn(), answer: vi.fn() })),
}));

const resendSpeed = vi.fn();
vi.mock('@/utils/speed/keeper', () => ({ keepSpeed: vi.fn(() => ({ resend: resendSpeed })) }));

beforeEach(() => {
  vi.mocked(watchLectureVideo).mockClear();
  vi.mocked(keepSpeed).mockClear();
  resendSpeed.mockClear();
});

describe('frameLecture', () => {
  it('tells the UI the lecture and where to resume', () => {
    const lecture = fakeLecture();
    lecture.stored = { lastPosition: 754 } as NonNullable<typeof lecture.stored>;
    expect(frameLecture(lecture)).toEqual({ key: lecture.sighting.key, title: 'L1', duration: 3600, resumeAt: 754 });
  });

  it('offers no resume for a lecture opened at a moment', () => {
    const lecture = fakeLecture();
    lecture.stored = { lastPosition: 754 } as NonNullable<typeof lecture.stored>;
    lecture.seekTo = 30;
    expect(frameLecture(lecture)?.resumeAt).toBeNull();
    expect(frameLecture(null)).toBeNull();
  });
});

function follower() {
  const state = createOverlayState();
  const { ui, posted } = fakeUi();
  const options = {
    mount: vi.fn(() => {
      state.ui = ui;
    }),
    place: vi.fn(),
    followFullscreen: vi.fn(),
    showPrompt: vi.fn(),
  };
  return { state, posted, options, lecture: overlayLecture(state, options) };
}

describe('overlayLecture', () => {
  it('mounts the UI with the first lecture, starts watching its video, and tells the UI once', () => {
    const { state, posted, options, lecture } = follower();
    const first = fakeLecture();
    lecture.follow(first);
    expect(options.mount).toHaveBeenCalledTimes(1);
    expect(state.lecture).toBe(first);
    expect(watchLectureVideo).toHaveBeenCalledWith(first, expect.objectContaining({ showPrompt: options.showPrompt }));
    expect(state.review).not.toBeNull();
    expect(keepSpeed).toHaveBeenCalledWith(first, expect.objectContaining({ signal: expect.any(AbortSignal) }));
    expect(options.followFullscreen).toHaveBeenCalledTimes(1);
    expect(posted).toEqual([{ type: 'lecture', lecture: frameLecture(first) }]);

    // The same lecture again (its stored record came): nothing new to tell, only placed again.
    lecture.follow({ ...first });
    expect(options.mount).toHaveBeenCalledTimes(1);
    expect(watchLectureVideo).toHaveBeenCalledTimes(1);
    expect(options.place).toHaveBeenCalledTimes(1);
    expect(posted).toHaveLength(1);
  });

  it('ends the old video’s watch on a new video, and tells a reloaded UI again', () => {
    const { posted, lecture } = follower();
    lecture.follow(fakeLecture());
    const watch = vi.mocked(watchLectureVideo).mock.calls[0]?.[1];
    const second = fakeLecture(undefined, 'url:https://x.edu/l2');
    lecture.follow(second);
    expect(watch?.signal.aborted).toBe(true);
    expect(posted.at(-1)).toEqual({ type: 'lecture', lecture: frameLecture(second) });
    lecture.resend();
    expect(posted).toHaveLength(3);
    // The speed kept on the new video is told again too; the old video's keeper stopped with its watch.
    expect(resendSpeed).toHaveBeenCalledTimes(1);
    expect(vi.mocked(keepSpeed).mock.calls[0]?.[1].signal.aborted).toBe(true);
    lecture.stop();
    expect(vi.mocked(watchLectureVideo).mock.calls[1]?.[1].signal.aborted).toBe(true);
  });

  it('tells the UI the lecture is gone', () => {
    const { state, posted, lecture } = follower();
    lecture.follow(fakeLecture());
    lecture.follow(null);
    expect(state.lecture).toBeNull();
    expect(posted.at(-1)).toEqual({ type: 'lecture', lecture: null });
  });
});
