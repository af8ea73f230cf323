/**
 * Full-text search over every note and recall (MiniSearch: an inverted index with BM25 ranking,
 * prefix and fuzzy matching), kept in step with the database incrementally: `sync` adds, replaces
 * and discards only what changed since the last call. Filters (site, course, lecture, kind, tag, dates)
 * run over the index's hits, never over the whole library. Pure: no database, no clock.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Lecture, LectureCourse } from '../model/lectures';
import type { Note, NoteKind } from '../model/notes';
import { courseOf } from '../video/course';

export interface SearchFilters {
  site?: string;
  /** A course id (utils/video/course.ts). */
  course?: string;
  lectureKey?: string;
  kind?: NoteKind;
  tag?: string;
  /** Notes created at or after (epoch ms). */
  from?: number;
  /** Notes created before (epoch ms). */
  to?: number;
}

export interface SearchHit {
  note: Note;
  lecture: Lecture | undefined;
  /** 0 when the hit is from browsing (no query). */
  score: number;
  /** Normalised words of the note that matched, for highlighting. */
  terms: string[];
}

/** Anything but letters, their accents and digits separates words: `<b>entropy</b>` holds "b" and "entropy". */
const WORD_SEPARATOR = /[^\p{L}\p{M}\p{N}]+/u;

/** Lower case, without accents: "Énergie" and "energie" are the same word. */
export function normaliseTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface IndexedNote {
  id: string;
  text: string;
  /** The caption said before the note: found, ranked below the student's own words. */
  caption: string;
  tags: string;
}

export class NoteSearchIndex {
  private readonly index = new MiniSearch<IndexedNote>({
    fields: ['text', 'caption', 'tags'],
    tokenize: (text) => text.split(WORD_SEPARATOR),
    processTerm: (term) => (term ? normaliseTerm(term) : null),
    searchOptions: {
      boost: { text: 2, caption: 1, tags: 1 },
      // One- and two-letter prefixes match most of the vocabulary and cost the most; whole words still match.
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  private readonly notes = new Map<string, Note>();
  private lectures = new Map<string, Lecture>();
  private courses = new Map<string, LectureCourse>();

  get size(): number {
    return this.notes.size;
  }

  /** Brings the index in step with the notes as they are now; returns what changed. */
  sync(notes: readonly Note[], lectures: readonly Lecture[] = []) {
    this.lectures = new Map(lectures.map((lecture) => [lecture.key, lecture]));
    this.courses = new Map();
    for (const lecture of lectures) {
      const course = courseOf(lecture);
      if (course) this.courses.set(lecture.key, course);
    }
    const seen = new Set<string>();
    const added: IndexedNote[] = [];
    let updated = 0;
    for (const note of notes) {
      seen.add(note.id);
      const known = this.notes.get(note.id);
      if (known && known.updatedAt === note.updatedAt && known.text === note.text) {
        this.notes.set(note.id, note);
        continue;
      }
      this.notes.set(note.id, note);
      if (known) {
        this.index.replace(toIndexed(note));
        updated++;
      } else added.push(toIndexed(note));
    }
    this.index.addAll(added);
    const removed = [...this.notes.keys()].filter((id) => !seen.has(id));
    for (const id of removed) this.notes.delete(id);
    this.index.discardAll(removed);
    return { added: added.length, updated, removed: removed.length };
  }

  /** What the filters can offer: sites, courses, lectures and tags that have notes. */
  facets(): { sites: string[]; courses: LectureCourse[]; lectures: Lecture[]; tags: string[] } {
    const lectureKeys = new Set<string>();
    const tags = new Set<string>();
    for (const note of this.notes.values()) {
      lectureKeys.add(note.lectureKey);
      for (const tag of note.tags) tags.add(tag);
    }
    const lectures = [...lectureKeys]
      .map((key) => this.lectures.get(key))
      .filter((lecture): lecture is Lecture => lecture !== undefined)
      .sort((a, b) => a.title.localeCompare(b.title));
    const courses = new Map<string, LectureCourse>();
    for (const lecture of lectures) {
      const course = this.courses.get(lecture.key);
      if (course && !courses.has(course.id)) courses.set(course.id, course);
    }
    return {
      sites: [...new Set(lectures.map((lecture) => lecture.site))].sort(),
      courses: [...courses.values()].sort((a, b) => a.title.localeCompare(b.title)),
      lectures,
      tags: [...tags].sort(),
    };
  }

  /** Ranked hits for a query (best first), or with an empty query every note that passes the filters, newest first. */
  search(query: string, filters: SearchFilters = {}, limit = 100): SearchHit[] {
    const passes = (note: Note | undefined): note is Note => note !== undefined && this.matchesFilters(note, filters);
    if (!query.trim()) {
      return [...this.notes.values()]
        .filter(passes)
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, limit)
        .map((note) => ({ note, lecture: this.lectures.get(note.lectureKey), score: 0, terms: [] }));
    }
    const hits: SearchHit[] = [];
    for (const result of this.index.search(query) as SearchResult[]) {
      const note = this.notes.get(result.id as string);
      if (!passes(note)) continue;
      hits.push({ note, lecture: this.lectures.get(note.lectureKey), score: result.score, terms: result.terms });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  private matchesFilters(note: Note, filters: SearchFilters): boolean {
    if (filters.kind && note.kind !== filters.kind) return false;
    if (filters.lectureKey && note.lectureKey !== filters.lectureKey) return false;
    if (filters.tag && !note.tags.includes(filters.tag)) return false;
    if (filters.from !== undefined && note.createdAt < filters.from) return false;
    if (filters.to !== undefined && note.createdAt >= filters.to) return false;
    if (filters.site && this.lectures.get(note.lectureKey)?.site !== filters.site) return false;
    if (filters.course && this.courses.get(note.lectureKey)?.id !== filters.course) return false;
    return true;
  }
}

function toIndexed(note: Note): IndexedNote {
  return { id: note.id, text: note.text, caption: note.caption ?? '', tags: note.tags.join(' ') };
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Splits text into plain and matching segments: the words whose normalised form is a matched term. */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  if (terms.length === 0) return [{ text, match: false }];
  const wanted = new Set(terms.map(normaliseTerm));
  const segments: TextSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  const separator = new RegExp(WORD_SEPARATOR.source, 'gu');
  let cursor = 0;
  for (const gap of text.matchAll(separator)) {
    const word = text.slice(cursor, gap.index);
    push(word, wanted.has(normaliseTerm(word)));
    push(gap[0], false);
    cursor = gap.index + gap[0].length;
  }
  const tail = text.slice(cursor);
  push(tail, wanted.has(normaliseTerm(tail)));
  return segments;
}
