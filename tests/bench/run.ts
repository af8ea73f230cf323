/**
 * `npm run bench` (after a build): what Lectern costs the pages a student opens.
 *
 * 1. Always-on bytes: every script and stylesheet the manifest injects into every page.
 * 2. The churn page (a DOM-churning page without a video), several runs with and without
 *    Lectern in one process, interleaved: Lectern's own script time from a CPU profile
 *    (samples whose frame is a chrome-extension:// script), the figure to steer by, and the
 *    page's main-thread time with vs without Lectern as a ratio (noisy: an extension that does
 *    nothing measured x0.91 to x1.28 here). Medians.
 * 3. Insertion → overlay ready: a page inserts a lecture video late; the time until Lectern's
 *    overlay can take a note (overlay-ready.ts). Median of a few runs.
 * 4. (not with BENCH_ONLY=pages) search, export, the popup, note with snapshot (snapshot.ts;
 *    BENCH_ONLY=snapshot runs only that one, after the always-on bytes) and sync (sync.ts;
 *    BENCH_ONLY=sync runs only that one).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROME_BUILD } from '../support/browsers';
import { startFixtureServer } from '../support/fixture-server';
import { benchExport } from './export';
import { isOverlayBuilt, measureOverlayReady } from './overlay-ready';
import { benchPopup } from './popup';
import { extensionHotspots, extensionScriptMs, type Profile } from './profile';
import { benchSearch } from './search';
import { benchSnapshots } from './snapshot';
import { benchSync } from './sync';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_PROFILE=1: also print Lectern's functions by self time on the churn page. */
const PROFILE = process.env.BENCH_PROFILE === '1';
/** BENCH_ONLY=pages: only the page benches (always-on bytes, churn, insertion → overlay ready). */
const PAGES_ONLY = process.env.BENCH_ONLY === 'pages';

interface Manifest {
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
}

function alwaysOnBytes(): { bytes: number; files: string[] } {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Manifest;
  const files = (manifest.content_scripts ?? [])
    .filter((script) => script.matches.some((match) => match === '<all_urls>' || /^(\*|https?):\/\/\*\//.test(match)))
    .flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  return { bytes: files.reduce((sum, file) => sum + statSync(join(CHROME_BUILD, file)).size, 0), files };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function launch(withExtension: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : []),
    ],
  });
}

async function measureChurn(context: BrowserContext, url: string) {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const before = await cdp.send('Performance.getMetrics');
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'churn done', null, { timeout: 60_000 });
  // Let the detector's debounced checks after the last mutation run too.
  await page.waitForTimeout(1200);
  const after = await cdp.send('Performance.getMetrics');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const metric = (metrics: typeof before, name: string) => metrics.metrics.find((m) => m.name === name)?.value ?? 0;
  await page.close();
  return {
    profile,
    lecternMs: extensionScriptMs(profile),
    taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
    scriptMs: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000,
  };
}

/** BENCH_ONLY=sync: only the sync bench (10,000 notes to a local WebDAV server). */
if (process.env.BENCH_ONLY === 'sync') {
  for (const line of await benchSync()) console.log(line);
  process.exit(0);
}

const server = await startFixtureServer();
const churnUrl = server.url('/bench/churn.html');
const always = alwaysOnBytes();
console.log(`Always-on content script: ${always.bytes} bytes (${always.files.join(', ')}); budget 8192`);

/** BENCH_ONLY=snapshot: the always-on bytes, then only the note-with-snapshot bench. */
if (process.env.BENCH_ONLY === 'snapshot') {
  for (const line of await benchSnapshots(server)) console.log(line);
  await server.close();
  process.exit(0);
}

const withLectern = await launch(true);
const without = await launch(false);
const results = {
  with: [] as Awaited<ReturnType<typeof measureChurn>>[],
  without: [] as Awaited<ReturnType<typeof measureChurn>>[],
};
await measureChurn(withLectern, churnUrl); // warm-up, not counted
await measureChurn(without, churnUrl);
for (let run = 0; run < RUNS; run++) {
  results.with.push(await measureChurn(withLectern, churnUrl));
  results.without.push(await measureChurn(without, churnUrl));
}
const overlayReady: number[] = [];
if (isOverlayBuilt()) {
  await measureOverlayReady(withLectern, server.url('/bench/late-video.html')); // warm-up
  for (let run = 0; run < Math.min(RUNS, 5); run++) {
    overlayReady.push(await measureOverlayReady(withLectern, server.url('/bench/late-video.html')));
  }
}
await withLectern.close();
await without.close();
const snapshotLines = PAGES_ONLY ? [] : await benchSnapshots(server);
await server.close();

const lectern = median(results.with.map((r) => r.lecternMs));
const taskWith = median(results.with.map((r) => r.taskMs));
const taskWithout = median(results.without.map((r) => r.taskMs));
const scriptWith = median(results.with.map((r) => r.scriptMs));
const scriptWithout = median(results.without.map((r) => r.scriptMs));
console.log(`Churn page (no video), median of ${RUNS} runs each:`);
console.log(`  Lectern's own script time (CPU profile): ${lectern.toFixed(2)} ms per run (target < 1 ms)`);
if (PROFILE) for (const line of extensionHotspots(results.with.map((r) => r.profile))) console.log(line);
console.log(
  `  Main-thread task time: ${taskWith.toFixed(0)} ms with / ${taskWithout.toFixed(0)} ms without = x${(taskWith / taskWithout).toFixed(2)} (noisy)`,
);
console.log(
  `  Page script time: ${scriptWith.toFixed(0)} ms with / ${scriptWithout.toFixed(0)} ms without = x${(scriptWith / scriptWithout).toFixed(2)} (noisy)`,
);
console.log(
  overlayReady.length
    ? `Lecture video inserted → overlay ready: ${median(overlayReady).toFixed(0)} ms (median of ${overlayReady.length}; min ${Math.min(...overlayReady).toFixed(0)}, max ${Math.max(...overlayReady).toFixed(0)})`
    : 'Lecture video inserted → overlay ready: the overlay is not built yet (content-scripts/overlay.js missing)',
);

if (!PAGES_ONLY) {
  for (const line of benchSearch()) console.log(line);
  for (const line of benchExport()) console.log(line);
  for (const line of await benchPopup()) console.log(line);
  for (const line of snapshotLines) console.log(line);
  for (const line of await benchSync()) console.log(line);
}
