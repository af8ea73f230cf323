import { browser } from 'wxt/browser';
import { useDueCount } from '@/utils/hooks/use-due-count';

interface Props {
  /** Where "review now" leads; by default the library's review session in a new tab (for the popup). */
  href?: string;
}

/** How many reviews are due, and a link to review them. Nothing while loading. */
export function DueCount({ href }: Props) {
  const due = useDueCount();
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
