import { DueCount } from '../DueCount';

/** The dashboard home's revision summary: how many reviews are due, linking to the session. */
export function DuePanel() {
  return (
    <section class="due-panel" aria-label="Revision">
      <DueCount href="#/review" />
    </section>
  );
}
