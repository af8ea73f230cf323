/**
 * What an entry loads at run time, read from the source: every module it imports (type-only
 * imports are erased) and every package. For tests that keep a page small.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Every module and package the file loads at run time (type-only imports are erased). */
export function runtimeGraph(entry: string) {
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
