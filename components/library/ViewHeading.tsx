import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  children: ComponentChildren;
  /** Take focus when the view opens (default), so keyboard and screen-reader users land on it. */
  takeFocus?: boolean;
}

/** A view's main heading (one `h1` per view). */
export function ViewHeading({ children, takeFocus = true }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} class="view-heading">
      {children}
    </h1>
  );
}
