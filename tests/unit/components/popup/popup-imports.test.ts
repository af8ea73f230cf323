/**
 * The popup stays small: nothing it imports (but types) reaches the database module or the
 * heavy libraries; it asks the background instead (the due count: `library/due-count`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runtimeGraph } from '../../runtime-graph';

const HEAVY = ['dexie', 'minisearch', 'ts-fsrs', 'date-fns', 'valibot'];

describe('the popup', () => {
  const graph = runtimeGraph(join(ROOT, 'entrypoints/popup/main.tsx'));

  it('never loads the database module', () => {
    expect(graph.files).toContain('components/shared/DueCount.tsx'); // the walk does reach the components
    expect(graph.files.filter((file) => /^utils\/db\//.test(file))).toEqual([]);
  });

  it('loads none of the heavy libraries', () => {
    expect(graph.packages.filter((name) => HEAVY.includes(name))).toEqual([]);
  });
});
