import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  children: ComponentChildren;
  /** Take focus when the view opens (default), so keyboard and screen-reader users land on it. */
  takeFocus?: boolean;
  class?: string;
}

/** A view's main heading (one `h1` per view); it may hold a name from a page, in any script. */
export function ViewHeading({ children, takeFocus = true, class: className }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} class={`view-heading ${className ?? ''}`.trim()} dir="auto">
      {children}
    </h1>
  );
}
