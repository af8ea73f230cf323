import { describe, expect, it } from 'vitest';
import { highlightSegments, NoteSearchIndex } from '@/utils/library/search';
import type { Note } from '@/utils/model/notes';
import { parseTags } from '@/utils/notes/tags';
import { sampleLecture } from './sample-lecture';

let counter = 0;
function note(text: string, extra: Partial<Note> = {}): Note {
  counter++;
  return {
    id: `n${counter}`,
    lectureKey: 'a',
    time: counter,
    kind: 'note',
    text,
    tags: parseTags(text),
    createdAt: counter * 1000,
    updatedAt: counter * 1000,
    ...extra,
  };
}

const lecture = (key: string, site: string) => sampleLecture(key, { site, url: `https://${site}/` });

const ids = (hits: { note: Note }[]) => hits.map((hit) => hit.note.text);

describe('NoteSearchIndex', () => {
  it('finds a note by the caption said before it, below notes that say the words themselves', () => {
    const index = new NoteSearchIndex();
    index.sync([
      note('see the diagram', { caption: 'the electron transport chain pumps protons' }),
      note('electron transport chain: protons out'),
      note('unrelated'),
    ]);
    expect(ids(index.search('transport'))).toEqual(['electron transport chain: protons out', 'see the diagram']);
    expect(index.search('pumps')[0]?.terms).toEqual(['pumps']);
  });

  it('ranks the note where the words matter most first, and needs every word', () => {
    const index = new NoteSearchIndex();
    index.sync([
      note('mitochondria mentioned once among many other words about the cell membrane and transport'),
      note('Mitochondria: mitochondria make ATP'),
      note('ATP synthase spins'),
    ]);
    expect(ids(index.search('mitochondria'))).toEqual([
      'Mitochondria: mitochondria make ATP',
      'mitochondria mentioned once among many other words about the cell membrane and transport',
    ]);
    expect(ids(index.search('mitochondria atp'))).toEqual(['Mitochondria: mitochondria make ATP']);
  });

  it('matches as you type (prefixes), small typos and accents', () => {
    const index = new NoteSearchIndex();
    index.sync([note('Thermodynamics: entropy always grows'), note('Énergie libre de Gibbs')]);
    expect(ids(index.search('therm'))).toEqual(['Thermodynamics: entropy always grows']);
    expect(ids(index.search('entrophy'))).toEqual(['Thermodynamics: entropy always grows']);
    expect(ids(index.search('energie'))).toEqual(['Énergie libre de Gibbs']);
  });

  it('filters by site, lecture, kind, tag and date', () => {
    const index = new NoteSearchIndex();
    const notes = [
      note('cell question #exam', { kind: 'question', lectureKey: 'a', createdAt: 10 }),
      note('cell recall', { kind: 'recall', lectureKey: 'b', createdAt: 20 }),
      note('cell note #exam', { lectureKey: 'b', createdAt: 30 }),
    ];
    index.sync(notes, [lecture('a', 'www.youtube.com'), lecture('b', 'lms.example.edu')]);
    expect(ids(index.search('cell', { kind: 'question' }))).toEqual(['cell question #exam']);
    expect(ids(index.search('cell', { site: 'lms.example.edu' })).sort()).toEqual(['cell note #exam', 'cell recall']);
    expect(ids(index.search('cell', { lectureKey: 'a' }))).toEqual(['cell question #exam']);
    expect(ids(index.search('cell', { tag: 'exam' })).sort()).toEqual(['cell note #exam', 'cell question #exam']);
    expect(ids(index.search('cell', { from: 15, to: 30 }))).toEqual(['cell recall']);
    expect(ids(index.search('', { tag: 'exam' }))).toEqual(['cell note #exam', 'cell question #exam']);
    expect(index.search('cell', {})[0]?.lecture?.site).toBeDefined();
  });

  it('stays in step incrementally: new, edited and deleted notes', () => {
    const index = new NoteSearchIndex();
    const first = note('photosynthesis in leaves');
    const second = note('krebs cycle');
    expect(index.sync([first, second])).toEqual({ added: 2, updated: 0, removed: 0 });
    const edited = { ...first, text: 'chlorophyll in leaves', updatedAt: first.updatedAt + 1 };
    const third = note('glycolysis');
    expect(index.sync([edited, third])).toEqual({ added: 1, updated: 1, removed: 1 });
    expect(index.search('photosynthesis')).toEqual([]);
    expect(ids(index.search('chlorophyll'))).toEqual(['chlorophyll in leaves']);
    expect(index.search('krebs')).toEqual([]);
    expect(ids(index.search('glyco'))).toEqual(['glycolysis']);
    expect(index.size).toBe(2);
    expect(index.sync([edited, third])).toEqual({ added: 0, updated: 0, removed: 0 });
  });

  it('returns the matched words for highlighting', () => {
    const index = new NoteSearchIndex();
    index.sync([note('Entropy grows, entropy wins')]);
    expect(index.search('entr')[0]?.terms).toEqual(['entropy']);
  });
});

describe('NoteSearchIndex: courses', () => {
  it('offers the courses of lectures with notes, and filters by course', () => {
    const index = new NoteSearchIndex();
    const thermo = { ...lecture('t', 'www.coursera.org'), url: 'https://www.coursera.org/learn/thermo/lecture/a/x' };
    const canvas = { ...lecture('c', 'lms.edu'), course: { id: 'canvas:lms.edu/9', title: 'Biology 101' } };
    const other = lecture('o', 'www.example.org');
    index.sync(
      [
        note('entropy in thermo', { lectureKey: 't' }),
        note('entropy in biology', { lectureKey: 'c' }),
        note('entropy elsewhere', { lectureKey: 'o' }),
      ],
      [thermo, canvas, other],
    );
    expect(index.facets().courses).toEqual([
      { id: 'canvas:lms.edu/9', title: 'Biology 101' },
      { id: 'coursera:thermo', title: 'Thermo' },
    ]);
    expect(ids(index.search('entropy', { course: 'coursera:thermo' }))).toEqual(['entropy in thermo']);
    expect(ids(index.search('', { course: 'canvas:lms.edu/9' }))).toEqual(['entropy in biology']);
    expect(index.search('entropy')).toHaveLength(3);
  });
});

describe('highlightSegments', () => {
  it('marks every occurrence of the matched words, whatever their case or accents', () => {
    expect(highlightSegments('Entropy grows; ENTROPY wins', ['entropy'])).toEqual([
      { text: 'Entropy', match: true },
      { text: ' grows; ', match: false },
      { text: 'ENTROPY', match: true },
      { text: ' wins', match: false },
    ]);
    expect(highlightSegments('Énergie!', ['energie'])).toEqual([
      { text: 'Énergie', match: true },
      { text: '!', match: false },
    ]);
  });

  it('leaves text with no terms whole, and never splits words that only contain a term', () => {
    expect(highlightSegments('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', match: false }]);
    expect(highlightSegments('cellular cell', ['cell'])).toEqual([
      { text: 'cellular ', match: false },
      { text: 'cell', match: true },
    ]);
  });
});
