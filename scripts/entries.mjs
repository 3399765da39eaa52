// What `npm run build` puts in dist/, read by vite.config.ts (the builds), scripts/build.mjs,
// scripts/size.mjs (the size table and budgets of DESIGN.md §6) and the loader's tests.

/**
 * The element modules, built together (one code-split build): dist/<tag>.js defines one
 * element and imports what it shares with the others from dist/chunks/<name>-<hash>.js.
 * The loader (dist/omnikpi.js) imports these by tag name, so a tag here is a tag it knows.
 */
export const elements = {
  'kpi-nps-gauge': 'src/kpi-nps-gauge.ts',
  'kpi-channel-csat': 'src/kpi-channel-csat.ts',
  'kpi-attribution-sankey': 'src/kpi-attribution-sankey.ts',
  'kpi-survey': 'src/kpi-survey.ts',
  'kpi-trend': 'src/kpi-trend.ts',
  'kpi-scorecard': 'src/kpi-scorecard.ts',
  'kpi-heatmap': 'src/kpi-heatmap.ts',
  'kpi-comments': 'src/kpi-comments.ts',
};

/** Built in the same split build (sharing its chunks), without an element. None: the engine stands alone (its own entry split the elements' chunks in two). */
export const modules = {};

/** The loader: one script tag for a page; defines nothing itself. */
export const loader = { name: 'omnikpi', source: 'src/loader.ts' };

/**
 * Files that stand alone, each its own build: every element in one file (for "exactly
 * one file" pages), and the worker the elements start for `src` bodies of 1 MB and more
 * (src/data/read-in-worker.ts).
 */
export const standalone = {
  'omnikpi-all': 'src/index.ts',
  engine: 'src/engine/index.ts',
  'omnikpi-worker': 'src/data/document-worker.ts',
};

/**
 * Budgets per page (min + gzip bytes, DESIGN.md §6): what a page downloads, the loader
 * plus every chunk the elements it shows import (each file gzipped on its own, as served).
 * `shared` is what every element imports: paid once per page.
 * Where the ceiling is above DESIGN.md §6's figure (`design`), `why` says so, and the
 * README's table shows both: these are departures to win back, not new targets.
 */
export const pages = [
  { name: 'loader alone', tags: [], budget: 2_000 },
  { name: 'shared by every element', shared: true, budget: 16_000 },
  {
    name: 'one gauge',
    tags: ['kpi-nps-gauge'],
    budget: 28_500,
    design: 25_000,
    why: "following the page's colour scheme (DESIGN.md §2) and naming a refused lit-html Trusted Types policy added 0.8 kB to what every element shares; the visual system of issue 14 (ten channel colours in light and dark, one number rule per column, the typographic minus, bands drawn from the target) adds up to 1.5 kB more, and the gauge's redesign (band key, edge labels, target mark, margin arc, loading ghost) 0.3 kB",
  },
  {
    name: 'the survey alone',
    tags: ['kpi-survey'],
    budget: 25_500,
    design: 20_000,
    why: "the survey's IndexedDB queue, page ownership and fault handling (DESIGN.md §7) are 2.3 kB, and Lit and zod come in a chunk of their own",
  },
  {
    name: 'the four mission elements',
    tags: ['kpi-nps-gauge', 'kpi-channel-csat', 'kpi-attribution-sankey', 'kpi-survey'],
    budget: 63_700,
    design: 45_000,
    why: 'nine files gzipped one by one cost 6 kB more than the same code in one file (47.7 kB), which was already over 45 kB with the survey of DESIGN.md §7; the visual system of issue 14 (channel colours, legends and narrow layouts, the gauge’s band key and margin arc, the bars’ fitted axis, measured text and ranked list) adds up to 7 kB; the exact t quantile (for Welch’s non-integer degrees of freedom) and the code the elements now share with <kpi-trend>, in chunks of their own, 0.4 kB more; compare="previous" on the gauge and the bars 0.9 kB (its engine and sentences load only when asked); displayText() for untrusted labels (bidi and invisible characters shown as placeholders, issue 17) 0.1 kB',
  },
  {
    name: 'every element, by the loader',
    tags: Object.keys(elements),
    budget: 99_000,
    design: 80_000,
    why: 'nineteen files gzipped one by one: the same code in one file, dist/omnikpi-all.js (the next row), is 75 kB; <kpi-scorecard> brings the metrics KPIs, their schemas, SMART targets and its fr/en names and definitions of 24 KPIs (10 kB); <kpi-heatmap> its table, sorting, keyboard, fr/en sentences and byGroups (6.7 kB), and the trend code it shares with <kpi-trend> now a chunk of its own (7.3 kB in all); <kpi-comments> its list, filters, search, paging, the Fightin’ Words themes with Intl.Segmenter, the fr/en stop words and its strings (6.3 kB), and displayText() in every element 0.1 kB more. Merging the small shared chunks would win it back, at the cost of a one-gauge page downloading code it does not run',
  },
  { name: 'every element, one file', file: 'omnikpi-all.js', budget: 80_000 },
];
