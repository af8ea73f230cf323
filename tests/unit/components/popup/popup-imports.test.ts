/**
 * The popup stays small: nothing it imports (but types) reaches the database module or the
 * heavy libraries; it asks the background instead (the due count: `library/due-count`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../../..');
const HEAVY = ['dexie', 'minisearch', 'ts-fsrs', 'date-fns', 'valibot'];

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Every module and package the file loads at run time (type-only imports are erased). */
function runtimeGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^import\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      const [, typeOnly, specifier = ''] = match;
      if (typeOnly) continue;
      if (specifier.startsWith('.') || specifier.startsWith('@/')) {
        const target = resolveImport(file, specifier);
        if (target) visit(target);
      } else packages.add(specifier.split('/')[0] as string);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => file.slice(ROOT.length + 1)), packages: [...packages] };
}

describe('the popup', () => {
  const graph = runtimeGraph(join(ROOT, 'entrypoints/popup/main.tsx'));

  it('never loads the database module', () => {
    expect(graph.files).toContain('components/shared/DueCount.tsx'); // the walk does reach the components
    expect(graph.files.filter((file) => /utils\/(db|reviews|search|notes|lectures)\.ts$/.test(file))).toEqual([]);
  });

  it('loads none of the heavy libraries', () => {
    expect(graph.packages.filter((name) => HEAVY.includes(name))).toEqual([]);
  });
});
