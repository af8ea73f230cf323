/**
 * What Lectern's content scripts in one frame hand each other: the always-on detector, the identity
 * script and the overlay are separate bundles, injected at different times, that share only their
 * world's global object. A value lives there under a registered Symbol, never under a string name:
 * a page's markup occupies string names on `window` (`<div id=…>`, `<form name=…>`, DOM
 * clobbering, which Chromium's isolated world sees as well), never a Symbol.
 */
export function frameShared<T>(name: string, create: () => T): T {
  const scope = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(name);
  scope[key] ??= create();
  return scope[key];
}
