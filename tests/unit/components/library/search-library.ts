import { fireEvent, screen } from '@testing-library/preact';
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote } from '@/utils/db/notes';

/**
 * The search tests' library: "Cells" (a.edu, key `a`) with a question at 1:05 (`question`, tagged
 * #exam), and "Heat" (YouTube, key `b`) with two notes, one about entropy.
 */
export async function seedSearchLibrary(question = 'Why does entropy grow? #exam') {
  await recordLectureSighting(
    { key: 'a', platform: 'generic', title: 'Cells', site: 'a.edu', url: 'https://a.edu/', duration: 600 },
    1,
  );
  await recordLectureSighting(
    { key: 'b', platform: 'youtube', title: 'Heat', site: 'www.youtube.com', url: 'https://b.edu/', duration: 600 },
    2,
  );
  await addNote({ lectureKey: 'a', time: 65, kind: 'question', text: question }, 10);
  await addNote({ lectureKey: 'b', time: 5, kind: 'note', text: 'Entropy and heat engines' }, 20);
  await addNote({ lectureKey: 'b', time: 9, kind: 'note', text: 'Carnot cycle' }, 30);
}

/** Types `value` into the search box. */
export const typeSearch = (value: string) =>
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search your notes and recalls' }), { target: { value } });
