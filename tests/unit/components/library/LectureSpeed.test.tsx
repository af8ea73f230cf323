import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { FocusHistory } from '@/components/library/FocusHistory';
import { LectureSpeed } from '@/components/library/LectureSpeed';
import { addLecturePlayTime, recordLectureSighting, setLectureSpeed } from '@/utils/db/lectures';
import type { Lecture } from '@/utils/model/lectures';
import { dayKeyOf } from '@/utils/speed/time-saved';

const sighting = { key: 'a', platform: 'generic', title: 'Cells', site: 'example.edu', url: 'https://example.edu/a' };
const lecture: Lecture = {
  ...sighting,
  duration: 3600,
  lastPosition: 0,
  watched: [],
  createdAt: 1,
  updatedAt: 1,
  lastWatchedAt: 1,
};

describe('LectureSpeed', () => {
  it('says nothing before a speed was chosen or played', () => {
    const { container } = render(<LectureSpeed lecture={lecture} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the remembered speed and the time it saved on this lecture', () => {
    render(
      <LectureSpeed
        lecture={{
          ...lecture,
          speed: 1.5,
          playTime: { '2026-11-02': { lecture: 1800, wall: 1200 }, '2026-12-01': { lecture: 720, wall: 480 } },
        }}
      />,
    );
    expect(screen.getByRole('region', { name: 'Speed' })).toHaveTextContent('Plays at 1.5×');
    expect(screen.getByText('42 min of lecture in 28 min so far.')).toBeVisible();
  });
});

describe('the focus history’s time saved by speed', () => {
  it('sums this week’s lectures, even before any focus session', async () => {
    const now = Date.now();
    for (const key of ['a', 'b']) {
      await recordLectureSighting({ ...sighting, duration: 3600, key, url: `https://example.edu/${key}` }, now);
      await addLecturePlayTime(key, dayKeyOf(now), { lecture: 5400, wall: 3900 });
    }
    await setLectureSpeed('a', 1.5, now);
    render(<FocusHistory />);
    expect(await screen.findByText('Speed: 3 h of lecture in 2 h 10 min this week.')).toBeVisible();
    expect(screen.getByText(/No focus sessions yet/)).toBeVisible();
  });
});
