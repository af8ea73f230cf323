/**
 * Reading Chromium CPU profiles (CDP Profiler) for the churn bench: Lectern's own script time
 * (samples whose frame is a chrome-extension:// script) and, with BENCH_PROFILE=1, where that time
 * goes (the extension's functions by self time).
 */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const isExtension = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');

/** Milliseconds of samples whose frame is one of the extension's scripts. */
export function extensionScriptMs(profile: Profile): number {
  const extensionNodes = new Set(profile.nodes.filter(isExtension).map((node) => node.id));
  let micros = 0;
  profile.samples.forEach((sample, index) => {
    if (extensionNodes.has(sample)) micros += profile.timeDeltas[index + 1] ?? 0;
  });
  return micros / 1000;
}

/**
 * The extension's functions by self time (ms per profile, summed over `profiles` and divided by
 * their count), plus the time of samples in frames without a script (native code, "(program)")
 * called from an extension frame: not counted as Lectern's script time, shown for the diagnosis.
 */
export function extensionHotspots(profiles: readonly Profile[], top = 12): string[] {
  const selfMicros = new Map<string, number>();
  let nativeUnderExtension = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, ProfileNode>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
    profile.samples.forEach((sample, index) => {
      const node = byId.get(sample);
      const micros = profile.timeDeltas[index + 1] ?? 0;
      if (!node) return;
      if (isExtension(node)) {
        const { functionName, url, lineNumber, columnNumber } = node.callFrame;
        const key = `${functionName || '(top level)'} ${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${lineNumber + 1}:${columnNumber + 1}`;
        selfMicros.set(key, (selfMicros.get(key) ?? 0) + micros);
        return;
      }
      if (node.callFrame.url) return;
      let up = parent.get(node.id);
      while (up && !up.callFrame.url && up.callFrame.functionName !== '(root)') up = parent.get(up.id);
      if (up && isExtension(up)) nativeUnderExtension += micros;
    });
  }
  const perRun = (micros: number) => (micros / 1000 / Math.max(1, profiles.length)).toFixed(3);
  return [
    `  Lectern's functions by self time (ms per run, ${profiles.length} runs):`,
    ...[...selfMicros.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, micros]) => `    ${perRun(micros).padStart(7)}  ${key}`),
    `  native frames called from Lectern's (not in the figure above): ${perRun(nativeUnderExtension)} ms per run`,
  ];
}
