import type { ComponentType } from 'preact';
import type { Lecture } from '@/utils/model/lectures';
import { LectureExportLinks } from './LectureExportLinks';
import { LectureNotes } from './LectureNotes';
import { LectureRecalls } from './LectureRecalls';
import { LectureSpeed } from './LectureSpeed';

/**
 * The sections of a lecture's page, in order, below its header (notes, recall segments, …).
 * Each gets the lecture and reads its own data. Add yours with one line.
 */
export const lectureSections: ComponentType<{ lecture: Lecture }>[] = [
  LectureNotes,
  LectureRecalls,
  LectureSpeed,
  LectureExportLinks,
];
