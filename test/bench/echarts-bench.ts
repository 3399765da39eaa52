/**
 * omnikpi against ECharts (DESIGN.md §6: the same gauge / Sankey drawn by
 * ECharts on the same page takes ≥ 2× / ≥ 1× omnikpi's time), bundled by
 * `scripts/bench.mjs` with esbuild in production mode and run in headless
 * Chromium, one page for every case.
 *
 * One run draws 50 charts into 50 boxes of the same size, from the same data:
 * - omnikpi: 50 new elements, each given its JSON `data` attribute (parse,
 *   validation and the engine are inside the time), appended, then every
 *   `updateComplete` awaited and layout forced, then the frame's
 *   ResizeObserver step (an element laid out for its own width renders again
 *   there) awaited and layout forced again: the first frame, as a reader sees
 *   it. The gauge's and the Sankey's visually hidden tables follow in the next
 *   task (their charts' aria-labels carry the figures meanwhile), so they are
 *   not in this time;
 * - ECharts (tree-shaken `echarts/core` with its gauge and Sankey charts and
 *   the SVG renderer, animation off): 50 `init` + `setOption` + `flush` on the
 *   zrender instance (so the SVG is in the DOM), then layout forced. ECharts
 *   is given the figures already computed (the NPS, the Sankey's nodes and
 *   links from the engine, outside the time): the comparison favours it.
 * Both start in a `requestAnimationFrame` callback; the boxes are emptied and
 * garbage collected between runs; the two libraries alternate run by run.
 */
import * as echarts from 'echarts/core';
import { GaugeChart, SankeyChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import '../../src/index.js';
import { journeyGraph, nps } from '../../src/engine/index.js';
import { mulberry32 } from './random.js';

echarts.use([GaugeChart, SankeyChart, TitleComponent, TooltipComponent, SVGRenderer]);

const COUNT = 50;

export interface EchartsCase {
  name: string;
  /** omnikpi's time over ECharts' must stay at or under this ratio. */
  budget: number;
  box: { width: number; height: number };
  /** Draws one omnikpi chart into `box`. */
  omnikpi: (box: HTMLElement) => HTMLElement;
  /** Draws one ECharts chart into `box`. */
  echarts: (box: HTMLElement) => echarts.ECharts;
}

export interface EchartsResult {
  name: string;
  budget: number;
  runs: number;
  omnikpi: number;
  echarts: number;
  ratio: number;
}

/** One NPS histogram: 1 000 answers, NPS +28.4 (hand-made: 484 promoters, 316 passives, 200 detractors). */
const COUNTS = { 0: 20, 2: 30, 4: 40, 5: 50, 6: 60, 7: 150, 8: 166, 9: 200, 10: 284 };
const GAUGE_INPUT = { histograms: [{ metric: 'nps' as const, channel: 'chat', counts: COUNTS }] };
const GAUGE_DOC = JSON.stringify(GAUGE_INPUT);
const GAUGE_NPS = nps(GAUGE_INPUT).score ?? 0;

/** Distinct journeys, as in the render bench: after channel c come c, c + 1 or c + 2. */
function journeys(channels: number, n: number, maxLength: number, seed: number) {
  const random = mulberry32(seed);
  const names = ['email', 'social', 'search', 'display', 'direct', 'affiliate', 'chat', 'phone', 'store', 'app'].slice(0, channels);
  const seen = new Set<string>();
  const out: Array<{ path: string[]; conversions: number; value: number; nulls: number }> = [];
  while (out.length < n) {
    let c = Math.floor(random() * channels);
    const path = Array.from({ length: 1 + Math.floor(random() * maxLength) }, (_, i) => names[i === 0 ? c : (c = (c + Math.floor(random() * 3)) % channels)]!);
    const key = path.join('>');
    if (seen.has(key)) continue;
    seen.add(key);
    const conversions = Math.floor(random() * 5);
    out.push({ path, conversions, value: Math.round(conversions * 4000 * random()) / 100, nulls: Math.floor(random() * 40) });
  }
  return out;
}

/** A demo-size journey set: 6 channels, up to 3 steps (the element's defaults: max-steps 5, min-share 1 %). */
const SANKEY_JOURNEYS = journeys(6, 60, 3, 2026);
const SANKEY_DOC = JSON.stringify({ journeys: SANKEY_JOURNEYS });
const SANKEY_GRAPH = journeyGraph(SANKEY_JOURNEYS);

function gaugeOption(value: number) {
  // The same dial: −100…+100, bands at 0 / 30 / 50, the value in the middle.
  return {
    animation: false,
    series: [
      {
        type: 'gauge',
        min: -100,
        max: 100,
        startAngle: 180,
        endAngle: 0,
        axisLine: { lineStyle: { width: 18, color: [[0.5, '#d1242f'], [0.65, '#bf8700'], [0.75, '#57ab5a'], [1, '#1a7f37']] } },
        pointer: { width: 4 },
        axisTick: { show: false },
        splitLine: { length: 8 },
        axisLabel: { distance: 24 },
        title: { offsetCenter: [0, '30%'] },
        detail: { valueAnimation: false, formatter: (v: number) => (v > 0 ? '+' : '') + v.toFixed(1), offsetCenter: [0, '60%'] },
        data: [{ value: Math.round(value * 10) / 10, name: 'NPS' }],
      },
    ],
  };
}

function sankeyOption(graph: ReturnType<typeof journeyGraph>) {
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'sankey',
        data: graph.nodes.map((n) => ({ name: n.id })),
        links: graph.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
        nodeWidth: 10,
        nodeGap: 8,
        label: { fontSize: 11 },
        lineStyle: { color: 'gradient', opacity: 0.4 },
      },
    ],
  };
}

function element(tag: string, json: string, attributes: Record<string, string> = {}) {
  return (box: HTMLElement) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    el.setAttribute('data', json);
    box.append(el);
    return el;
  };
}

function chart(option: echarts.EChartsCoreOption) {
  return (box: HTMLElement) => {
    const c = echarts.init(box, null, { renderer: 'svg' });
    c.setOption(option);
    return c;
  };
}

export const cases: EchartsCase[] = [
  {
    name: '50 NPS gauges',
    budget: 0.5,
    box: { width: 320, height: 320 },
    omnikpi: element('kpi-nps-gauge', GAUGE_DOC, { target: '30' }),
    echarts: chart(gaugeOption(GAUGE_NPS)),
  },
  {
    name: `50 Sankeys (${SANKEY_GRAPH.nodes.length} nodes, ${SANKEY_GRAPH.links.length} links)`,
    budget: 1,
    box: { width: 640, height: 420 },
    omnikpi: element('kpi-attribution-sankey', SANKEY_DOC),
    echarts: chart(sankeyOption(SANKEY_GRAPH)),
  },
];

type Lit = HTMLElement & { updateComplete: Promise<boolean>; status?: string };

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function boxes(c: EchartsCase): HTMLElement[] {
  const host = document.getElementById('host') ?? document.body;
  host.replaceChildren();
  return Array.from({ length: COUNT }, () => {
    const box = document.createElement('div');
    box.style.cssText = `width:${c.box.width}px;height:${c.box.height}px;display:inline-block;vertical-align:top;overflow:hidden`;
    host.append(box);
    return box;
  });
}

async function settle(): Promise<void> {
  await frame();
  await frame();
  await sleep(20);
  (globalThis as { gc?: () => void }).gc?.();
  await sleep(10);
}

/** One timed run of omnikpi: 50 elements drawn and laid out, through the frame's ResizeObserver step. */
function runOmnikpi(c: EchartsCase): Promise<number> {
  const targets = boxes(c);
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const t0 = performance.now();
      const els = targets.map((box) => c.omnikpi(box) as Lit);
      Promise.all(els.map(async (el) => void (await (async () => { while (!(await el.updateComplete)); })())))
        .then(() => {
          document.body.getBoundingClientRect();
          const bad = els.find((el) => el.status !== undefined && el.status !== 'ready');
          if (bad) return reject(new Error(`<${bad.localName}> is "${bad.status}", not "ready"`));
          const after = new ResizeObserver(() => {
            after.disconnect();
            document.body.getBoundingClientRect();
            resolve(performance.now() - t0);
          });
          after.observe(els[els.length - 1]!);
        }, reject);
    });
  });
}

/** One timed run of ECharts: 50 charts initialised, set, flushed to the DOM and laid out. */
function runEcharts(c: EchartsCase): Promise<{ ms: number; charts: echarts.ECharts[] }> {
  const targets = boxes(c);
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const t0 = performance.now();
      const charts = targets.map((box) => {
        const chartOf = c.echarts(box);
        chartOf.getZr().flush();
        return chartOf;
      });
      document.body.getBoundingClientRect();
      resolve({ ms: performance.now() - t0, charts });
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Runs a case: one warm-up run of each, then `runs` timed runs of each, alternating. */
export async function runCase(name: string, runs = 7): Promise<EchartsResult> {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`No ECharts case named ${name}`);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await settle();
    const a = await runOmnikpi(c);
    await settle();
    const b = await runEcharts(c);
    // A drawn SVG in every box: the comparison is not against an empty page.
    if (i === 0 && document.querySelectorAll('#host svg path').length < COUNT) throw new Error('ECharts drew nothing');
    for (const chartOf of b.charts) chartOf.dispose();
    if (i === 0) continue;
    ours.push(a);
    theirs.push(b.ms);
  }
  (document.getElementById('host') ?? document.body).replaceChildren();
  const omnikpi = median(ours);
  const other = median(theirs);
  return { name: c.name, budget: c.budget, runs, omnikpi, echarts: other, ratio: omnikpi / other };
}

export const caseNames = (): string[] => cases.map((c) => c.name);
