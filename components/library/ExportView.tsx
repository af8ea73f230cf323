import { listLecturesByRecent } from '@/utils/db/lectures';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { routeHref } from '@/utils/library/route';
import { Loaded } from '../shared/Loaded';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { ViewHeading } from './ViewHeading';
import './export.css';

/** `#/export` (or `#/export/<lecture key>`): export, print and import. */
export function ExportView({ param }: { param: string }) {
  const { value: lectures, error } = useLiveQuery(listLecturesByRecent);
  return (
    <>
      <ViewHeading>Export and import</ViewHeading>
      <p>
        Your notes belong to you: take them to Obsidian, a spreadsheet or Anki, print them, or keep a backup.{' '}
        <a href={routeHref('questions')}>Questions for my teacher</a>
      </p>
      <Loaded value={lectures} error={error} failed="read your library" loading="Loading your lectures…">
        {(lectures) => <ExportPanel lectures={lectures} lectureKey={param || undefined} />}
      </Loaded>
      <ImportPanel />
    </>
  );
}
