import { browser } from 'wxt/browser';

interface Props {
  /** Reviews due now; undefined while loading (nothing is shown). */
  due: number | undefined;
  /** Where "review now" leads; by default the library's review session in a new tab (for the popup). */
  href?: string;
}

/**
 * How many reviews are due, and a link to review them. It only shows a number: the dashboard
 * counts with the database (use-due-count.ts), the popup asks the background (so it loads no Dexie).
 */
export function DueCount({ due, href }: Props) {
  if (due === undefined) return null;
  if (due === 0) return <p class="due-count muted">No reviews due</p>;
  const target = href ?? browser.runtime.getURL('/dashboard.html#/review');
  return (
    <p class="due-count">
      <a href={target} target={href ? undefined : '_blank'} rel="noopener">
        {due === 1 ? '1 review due' : `${due} reviews due`}
      </a>
    </p>
  );
}
