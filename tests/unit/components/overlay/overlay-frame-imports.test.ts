/**
 * The overlay's frame loads on every lecture page and validates nothing: nothing it imports (but
 * types) reaches the database or the libraries it does not need; it asks the background instead.
 * valibot stays out because the frame takes model values only from the modules without schemas
 * (utils/model/README.md).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runtimeGraph } from '../../runtime-graph';

describe('the overlay frame', () => {
  const graph = runtimeGraph(join(ROOT, 'entrypoints/overlay-frame/main.tsx'));

  it('never loads utils/db/', () => {
    expect(graph.files).toContain('components/overlay/NoteEditor.tsx'); // the walk does reach the components
    expect(graph.files.filter((file) => /^utils\/db\//.test(file))).toEqual([]);
  });

  it('loads none of the libraries it does not need', () => {
    expect(graph.packages.filter((name) => ['dexie', 'minisearch', 'ts-fsrs', 'valibot'].includes(name))).toEqual([]);
  });
});
