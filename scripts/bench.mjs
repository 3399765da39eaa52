// `npm run bench`: the benchmarks of DESIGN.md §6, printed as markdown tables
// against their budgets.
//
// - Engine (test/bench/engine-bench.ts): bundled with esbuild, run in Node and
//   in headless Chromium; median of --runs runs after 2 warm-up runs.
// - First render (test/bench/render-bench.ts): each case's element rendered
//   from a JSON `data` attribute in headless Chromium, one fresh page per case;
//   median and p95 of --render-runs runs after --warmup runs.
// - Against ECharts (test/bench/echarts-bench.ts): 50 gauges and 50 Sankeys
//   drawn by omnikpi and by ECharts (SVG renderer) from the same data in one
//   page; median of --echarts-runs runs, and omnikpi's time over ECharts'.
//
//   node scripts/bench.mjs [--runs 7] [--render-runs 50] [--warmup 10]
//                          [--echarts-runs 7] [--node-only] [--engine-only] [--render-only]
//                          [--echarts-only] [--no-echarts] [--case text] [--check]
//
// --case runs only the render and ECharts cases whose name contains the text (e.g. `--case gauge`).
// --render-only runs the first-render and ECharts tables; --echarts-only the ECharts one alone.
// --node-only runs the engine in Node only (no browser, so no render figures).
// --check exits with 1 when a figure misses its budget (the median, in both tables).
// The browser is CHROME_PATH if set, else the Chrome or Chromium chrome-launcher finds (test/chromium.mjs).
//
// The render bench bundles the elements from src/ with esbuild in production
// mode (the `production` export condition: Lit's production build, as in the
// dist files), not the dist/ files: it measures the current sources without
// a `npm run build` first (which empties dist/), and puts the page harness and
// the elements in one bundle with one copy of Lit. Rendering time does not
// depend on how the files are minified.
import { build } from 'esbuild';
import { cpus } from 'node:os';
import { runInThisContext } from 'node:vm';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
const runs = option('--runs', 7) || 7;
const renderRuns = option('--render-runs', 50) || 50;
const warmup = option('--warmup', 10);
const nodeOnly = args.includes('--node-only');
const check = args.includes('--check');
const echartsRuns = option('--echarts-runs', 7) || 7;
const echartsOnly = args.includes('--echarts-only');
const doEngine = !args.includes('--render-only') && !echartsOnly;
const doRender = !args.includes('--engine-only') && !nodeOnly && !echartsOnly;
const doEcharts = !args.includes('--engine-only') && !nodeOnly && !args.includes('--no-echarts');
const caseFilter = args.includes('--case') ? String(args[args.indexOf('--case') + 1] ?? '') : '';

const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const missed = [];

/** Bundles a benchmark module as a script that sets `globalThis[globalName]`. */
async function bundle(entry, globalName, extra = {}) {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName,
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    // The worker's URL (src/data/read-in-worker.ts) is not used by the benchmarks' inline data.
    logOverride: { 'empty-import-meta': 'silent' },
    ...extra,
  });
  return outputFiles[0].text;
}

let browser;
async function chromium() {
  if (!browser) {
    const { launchChromium } = await import('../test/chromium.mjs');
    // --expose-gc: the render bench collects garbage between runs, so a collection does not land in a timed frame.
    browser = await launchChromium(['--js-flags=--expose-gc']);
  }
  return browser;
}

async function engineBench() {
  const code = await bundle('test/bench/engine-bench.ts', 'omnikpiBench', { platform: 'neutral', mainFields: ['module', 'main'] });
  runInThisContext(code);
  const inNode = globalThis.omnikpiBench.runBenchmarks(runs);
  const environments = [`Node ${process.version}`];
  let inBrowser = null;
  if (!nodeOnly) {
    const b = await chromium();
    const page = await b.newPage();
    await page.addScriptTag({ content: code });
    inBrowser = await page.evaluate((n) => globalThis.omnikpiBench.runBenchmarks(n), runs);
    await page.close();
    environments.push(`Chromium ${b.version()}`);
  }
  const verdict = (r) => (r.budget === null ? '' : r.median <= r.budget ? ' ✓' : ' ✗ over budget');
  const header = ['what', 'budget (ms)', 'Node (ms)', ...(inBrowser ? ['Chromium (ms)'] : [])];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  inNode.forEach((r, i) => {
    const cells = [r.name, r.budget === null ? '—' : `≤ ${r.budget}`, ms(r.median) + verdict(r)];
    if (inBrowser) cells.push(ms(inBrowser[i].median) + verdict(inBrowser[i]));
    lines.push(`| ${cells.join(' | ')} |`);
  });
  console.log('### Engine\n');
  console.log(lines.join('\n'));
  console.log(`\nMedian of ${runs} runs after 2 warm-up runs; ${environments.join(', ')}.\n`);
  for (const r of [...inNode, ...(inBrowser ?? [])]) if (r.budget !== null && r.median > r.budget) missed.push(r.name);
}

async function renderBench() {
  const code = await bundle('test/bench/render-bench.ts', 'omnikpiRender', {
    platform: 'browser',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // Lit's development build warns on load and checks more as it renders: it must not be measured.
  if (code.includes('Lit is in dev mode')) throw new Error('The render bench bundled the development build of Lit');
  const b = await chromium();
  const names = await (async () => {
    const page = await b.newPage();
    await page.addScriptTag({ content: code });
    const list = await page.evaluate(() => globalThis.omnikpiRender.caseNames());
    await page.close();
    return list;
  })();
  const results = [];
  const chosen = names.filter((n) => n.toLowerCase().includes(caseFilter.toLowerCase()));
  if (chosen.length === 0) throw new Error(`No render case matches --case ${caseFilter}; cases: ${names.join(', ')}`);
  for (const name of chosen) {
    // A fresh page per case: one case's garbage or JIT state does not weigh on the next.
    const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="margin:0"><div id="host" style="width:640px"></div></body></html>');
    await page.addScriptTag({ content: code });
    const r = await page.evaluate(([n, k, w]) => globalThis.omnikpiRender.runCase(n, k, w), [name, renderRuns, warmup]);
    await page.close();
    if (problems.length > 0) throw new Error(`${name}: ${problems.join('; ')}`);
    results.push(r);
  }
  const lines = ['| case | median (ms) | p95 (ms) | budget (ms) | ok |', '| --- | ---: | ---: | ---: | --- |'];
  for (const r of results) {
    const ok = r.median <= r.budget;
    if (!ok) missed.push(r.name);
    lines.push(`| ${r.name} | ${ms(r.median)} | ${ms(r.p95)} | ≤ ${r.budget} | ${ok ? '✓' : '✗ over budget'}${ok && r.p95 > r.budget ? ' (p95 over)' : ''} |`);
  }
  console.log('### First render\n');
  console.log(lines.join('\n'));
  console.log(
    `\nOne frame, from setting \`data\` on a new element in a 640 px column to the end of the frame's ResizeObserver step (layout forced); median and p95 of ${renderRuns} runs after ${warmup} warm-up runs; elements bundled from src/ by esbuild with Lit's production build; Chromium ${b.version()}, ${cpus().length} CPUs.\n`,
  );
  for (const r of results) {
    const resized = r.resized === 0 ? 'no second render' : `rendered again at its own width in ${r.resized} of ${r.runs} runs`;
    const spilled = r.spilled ? `; ${r.spilled} runs went on past the frame (not timed whole)` : '';
    console.log(`- ${r.name}: ${ms(r.renderMedian)} ms until \`updateComplete\` and layout, ${resized}${spilled}.`);
  }
  console.log('');
}

async function echartsBench() {
  const code = await bundle('test/bench/echarts-bench.ts', 'omnikpiVsEcharts', {
    platform: 'browser',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const b = await chromium();
  const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="margin:0"><div id="host"></div></body></html>');
  await page.addScriptTag({ content: code });
  const names = await page.evaluate(() => globalThis.omnikpiVsEcharts.caseNames());
  const chosen = names.filter((n) => n.toLowerCase().includes(caseFilter.toLowerCase()) || 'echarts'.includes(caseFilter.toLowerCase()));
  const results = [];
  for (const name of chosen) results.push(await page.evaluate(([n, k]) => globalThis.omnikpiVsEcharts.runCase(n, k), [name, echartsRuns]));
  await page.close();
  if (problems.length > 0) throw new Error(`ECharts bench: ${problems.join('; ')}`);
  if (results.length === 0) return;
  const { version } = JSON.parse(await (await import('node:fs/promises')).readFile(new URL('../node_modules/echarts/package.json', import.meta.url), 'utf8'));
  const lines = ['| case | omnikpi (ms) | ECharts (ms) | ratio | budget | ok |', '| --- | ---: | ---: | ---: | ---: | --- |'];
  for (const r of results) {
    const ok = r.ratio <= r.budget;
    if (!ok) missed.push(`${r.name} vs ECharts`);
    lines.push(`| ${r.name} | ${ms(r.omnikpi)} | ${ms(r.echarts)} | ${r.ratio.toFixed(2)}× | ≤ ${r.budget}× | ${ok ? '✓' : '✗ over budget'} |`);
  }
  console.log('### Against ECharts\n');
  console.log(lines.join('\n'));
  console.log(
    `\n50 charts in one page, omnikpi from their JSON \`data\` (parse, engine, render, layout, the ResizeObserver step), ECharts ${version} (SVG renderer, animation off) from the figures already computed, until laid out; median of ${echartsRuns} runs each after one warm-up, alternating; Chromium ${b.version()}, ${cpus().length} CPUs.\n`,
  );
}

try {
  if (doEngine) await engineBench();
  if (doRender) await renderBench();
  if (doEcharts) await echartsBench();
} finally {
  await browser?.close();
}
console.log(`\`node scripts/bench.mjs ${args.join(' ')}\``.replace(' `', '`'));
if (check && missed.length > 0) {
  console.error(`Over budget: ${missed.join(', ')}`);
  process.exit(1);
}
