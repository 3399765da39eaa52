// `npm run bench`: the engine benchmark (test/bench/engine-bench.ts) bundled
// with esbuild, run in Node and in headless Chromium (playwright-core), printed
// as a markdown table against the budgets of DESIGN.md §6.
//
//   node scripts/bench-engine.mjs [--runs 7] [--node-only] [--check]
//
// --check exits with 1 when a figure misses its budget. The browser is
// CHROME_PATH if set, else /usr/bin/chromium.
import { build } from 'esbuild';
import { runInThisContext } from 'node:vm';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const nodeOnly = args.includes('--node-only');
const check = args.includes('--check');

const { outputFiles } = await build({
  entryPoints: ['test/bench/engine-bench.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'omnikpiBench',
  target: 'es2022',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'warning',
});
const bundle = outputFiles[0].text;

runInThisContext(bundle);
const inNode = globalThis.omnikpiBench.runBenchmarks(runs);
const environments = [`Node ${process.version}`];

let inBrowser = null;
if (!nodeOnly) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
    inBrowser = await page.evaluate((n) => globalThis.omnikpiBench.runBenchmarks(n), runs);
    environments.push(`Chromium ${browser.version()}`);
  } finally {
    await browser.close();
  }
}

const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const verdict = (r) => (r.budget === null ? '' : r.median <= r.budget ? ' ✓' : ' ✗ over budget');
const header = ['what', 'budget (ms)', 'Node (ms)', ...(inBrowser ? ['Chromium (ms)'] : [])];
const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
inNode.forEach((r, i) => {
  const cells = [r.name, r.budget === null ? '—' : `≤ ${r.budget}`, ms(r.median) + verdict(r)];
  if (inBrowser) cells.push(ms(inBrowser[i].median) + verdict(inBrowser[i]));
  lines.push(`| ${cells.join(' | ')} |`);
});
console.log(lines.join('\n'));
console.log(`\nMedian of ${runs} runs after 2 warm-up runs; ${environments.join(', ')}; \`node scripts/bench-engine.mjs\`.`);

const missed = [...inNode, ...(inBrowser ?? [])].filter((r) => r.budget !== null && r.median > r.budget);
if (check && missed.length > 0) process.exit(1);
