/** A small library with every kind of note and the awkward text exporters must escape. */
import { type ExportContext, type Exporter, exportToText } from '@/utils/export/exporter';
import { type ExportScope, type LibrarySnapshot, selectForExport } from '@/utils/export/snapshot';

export const EXPORT_NOW = Date.UTC(2026, 10, 25, 9, 30);

export const sampleLibrary: LibrarySnapshot = {
  lectures: [
    {
      key: 'youtube:abc123',
      platform: 'youtube',
      title: 'Cells & energy — *Biology* 101',
      site: 'www.youtube.com',
      url: 'https://www.youtube.com/watch?v=abc123',
      duration: 3600,
      lastPosition: 754,
      watched: [[0, 800]],
      createdAt: Date.UTC(2026, 10, 20, 8),
      updatedAt: Date.UTC(2026, 10, 24, 8),
      lastWatchedAt: Date.UTC(2026, 10, 24, 8),
    },
    {
      key: 'url:https://lms.example.edu/course/thermo',
      platform: 'generic',
      title: 'Thermodynamics, lecture 2',
      site: 'lms.example.edu',
      url: 'https://lms.example.edu/course/thermo (2)',
      duration: null,
      lastPosition: 0,
      watched: [],
      createdAt: Date.UTC(2026, 10, 21, 8),
      updatedAt: Date.UTC(2026, 10, 21, 8),
      lastWatchedAt: Date.UTC(2026, 10, 21, 8),
    },
  ],
  notes: [
    {
      id: 'n1',
      lectureKey: 'youtube:abc123',
      time: 42.5,
      kind: 'note',
      text: 'Mitochondria make ATP #biology #snake_case',
      tags: ['biology', 'snake_case'],
      createdAt: Date.UTC(2026, 10, 20, 8, 1),
      updatedAt: Date.UTC(2026, 10, 20, 8, 1),
    },
    {
      id: 'n2',
      lectureKey: 'youtube:abc123',
      time: 65,
      kind: 'question',
      text: 'Why does "ATP" release energy, <really>?\n# not a heading\n- not a list',
      caption: 'so the <b>energy</b> is released, "really"\n# when the *bond* breaks',
      tags: [],
      createdAt: Date.UTC(2026, 10, 20, 8, 2),
      updatedAt: Date.UTC(2026, 10, 20, 8, 2),
    },
    {
      id: 'n3',
      lectureKey: 'youtube:abc123',
      time: 120,
      kind: 'recall',
      text: 'Glycolysis, then the Krebs cycle\tthen [oxidative] phosphorylation',
      tags: ['exam'],
      segment: [0, 120],
      confidence: 'shaky',
      createdAt: Date.UTC(2026, 10, 20, 8, 3),
      updatedAt: Date.UTC(2026, 10, 20, 8, 4),
    },
    {
      id: 'n4',
      lectureKey: 'url:https://lms.example.edu/course/thermo',
      time: 3725,
      kind: 'question',
      text: '=SUM(A1:A9) is this entropy, @prof?',
      tags: [],
      answered: true,
      createdAt: Date.UTC(2026, 10, 21, 8, 5),
      updatedAt: Date.UTC(2026, 10, 21, 8, 6),
    },
    {
      id: 'n5',
      lectureKey: 'url:https://lms.example.edu/course/thermo',
      time: 10,
      kind: 'bookmark',
      text: '-1 + 2, _start_ here',
      tags: [],
      createdAt: Date.UTC(2026, 10, 21, 8, 7),
      updatedAt: Date.UTC(2026, 10, 21, 8, 7),
    },
  ],
  sessions: [
    {
      id: 's1',
      phase: 'focus',
      plannedMs: 1_500_000,
      activeMs: 1_500_000,
      startedAt: Date.UTC(2026, 10, 20, 8),
      endedAt: Date.UTC(2026, 10, 20, 8, 25),
      outcome: 'completed',
      lectureKeys: ['youtube:abc123'],
      noteCount: 3,
    },
  ],
};

/** The sample library (or the part `scope` picks) as `exporter` writes it at EXPORT_NOW. */
export function exportSample(
  exporter: Exporter,
  scope: ExportScope = { kind: 'all' },
  context: Omit<ExportContext, 'now'> = {},
): string {
  return exportToText(exporter, selectForExport(sampleLibrary, scope), { now: EXPORT_NOW, ...context });
}

/**
 * A library no export writes: a lecture whose address is `javascript:` (from a hostile backup or an
 * old record) and whose title and site have line breaks, with one question.
 */
export const hostileLibrary: LibrarySnapshot = {
  lectures: [
    {
      ...(sampleLibrary.lectures[1] as LibrarySnapshot['lectures'][number]),
      key: 'url:hostile',
      title: 'Week 3\n# Injected heading\r\n- injected item',
      site: 'lms.example.edu\n## site',
      url: 'javascript:alert(1)',
    },
  ],
  notes: [
    {
      id: 'h1',
      lectureKey: 'url:hostile',
      time: 30,
      kind: 'question',
      text: 'What is a heat engine?',
      tags: [],
      createdAt: Date.UTC(2026, 10, 21, 8),
      updatedAt: Date.UTC(2026, 10, 21, 8),
    },
  ],
  sessions: [],
};
