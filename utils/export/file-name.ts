/**
 * Export file names: `lectern-<lecture title or "library">-<yyyy-MM-dd>.<ext>`, safe on every
 * file system. Pure: the date comes in as an argument.
 */
import { format } from 'date-fns';

export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'lecture';
}

export function exportFileName(subject: string | null, extension: string, now: number): string {
  const name = subject === null ? 'library' : slugify(subject);
  return `lectern-${name}-${format(now, 'yyyy-MM-dd')}.${extension}`;
}
