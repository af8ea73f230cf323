import { useDueCount } from '@/utils/hooks/use-due-count';
import { DueCount } from '../shared/DueCount';

/** The dashboard home's revision summary: how many reviews are due (live), linking to the session. */
export function DuePanel() {
  return (
    <section class="due-panel" aria-label="Revision">
      <DueCount due={useDueCount()} href="#/review" />
    </section>
  );
}
