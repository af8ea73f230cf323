import type { ComponentType } from 'preact';
import { ExportView } from './ExportView';
import { FocusHistory } from './FocusHistory';
import { LecturePage } from './LecturePage';
import { LecturesView } from './LecturesView';
import { PrintView } from './PrintView';
import { ReviewView } from './ReviewView';
import { SearchView } from './SearchView';
import { TeacherQuestionsView } from './TeacherQuestionsView';

export interface LibraryView {
  /** The first segment of the hash route: `#/<name>/<param>`; '' is the home. */
  name: string;
  /** Shown in the dashboard's navigation; views without one are reached by links. */
  label?: string;
  View: ComponentType<{ param: string }>;
}

/** Every view of the dashboard. Add yours with one line. */
export const libraryViews: LibraryView[] = [
  { name: '', label: 'Lectures', View: LecturesView },
  { name: 'search', label: 'Search', View: SearchView },
  { name: 'review', label: 'Review', View: ReviewView },
  { name: 'lecture', View: LecturePage },
  { name: 'questions', label: 'Questions', View: TeacherQuestionsView },
  { name: 'export', label: 'Export', View: ExportView },
  { name: 'print', View: PrintView },
  { name: 'focus', label: 'Focus', View: FocusHistory },
];
