import { expect } from '@open-wc/testing';
import { barsLayout, fitDomain, fitText } from '../../src/charts/bars.js';
import { truncate } from '../../src/charts/text.js';

const row = (key: string, value: number, lo: number | null = null, hi: number | null = null) => ({ key, value, lo, hi });
/** Measured text widths (px) as the element would pass them. */
const text = { label: 50, value: 40, n: 60, status: 150, statusShort: 90, tick: 30 };
/** NPS rows spanning −15 … 55 with their intervals, target 30. */
const nps = [row('chat', 42, 29, 55), row('phone', -5, -15, 5)];
const npsOptions = { limits: [-100, 100] as const, baseline: 0, target: 30, text, status: true, swatch: true };

describe('fitDomain', () => {
  it('fits the data, zero and the target with round ends', () => {
    // −15 … 55, 4 ticks: 70 / 4 = 17.5 → step 20 → [−20, 60] (not −100 … +100).
    expect(fitDomain([0, 30, -15, 55], [-100, 100], 4)).to.deep.equal([-20, 60]);
    // 5 ticks: 70 / 5 = 14 → step 10 → [−20, 60] as well.
    expect(fitDomain([0, 30, -15, 55], [-100, 100], 5)).to.deep.equal([-20, 60]);
  });

  it('stays within the metric’s range', () => {
    // CES on 1 … 7 up to 6.8, 3 ticks: 5.8 / 3 = 1.93 → step 2 → [0, 8], cut to [1, 7].
    expect(fitDomain([1, 6.8], [1, 7], 3)).to.deep.equal([1, 7]);
    // NPS −95 … 97, 4 ticks: 192 / 4 = 48 → step 50 → [−100, 100].
    expect(fitDomain([-95, 97], [-100, 100], 4)).to.deep.equal([-100, 100]);
  });

  it('gives one unit either side when every value is the same', () => {
    // 0 … 0 → −1 … 1; 5 ticks: 2 / 5 = 0.4 → step 0.5 → [−1, 1].
    expect(fitDomain([0, 0], [-100, 100], 5)).to.deep.equal([-1, 1]);
  });
});

describe('barsLayout, columns', () => {
  // 640 px: label column min(50 + 16 (swatch), 0.3 · 640 = 192) = 66; side column max(40 + 8 + 60, 150) = 150;
  // plot from 66 + 8 = 74 to 640 − 150 − 8 = 482: 408 px ≥ 200, so columns.
  const layout = barsLayout(nps, { width: 640, ...npsOptions });

  it('splits the width into label, plot and side columns', () => {
    expect([layout.mode, layout.short, layout.plotX0, layout.plotX1]).to.deep.equal(['columns', false, 74, 482]);
    // 20 px of tick labels, then 40 px a row (a status line under the value).
    expect(layout.height).to.equal(20 + 2 * 40);
  });

  it('fits the axis to the data, zero, the intervals and the target', () => {
    // 408 / 70 → 5 ticks: −15 … 55 → [−20, 60], ticks every 20 (80 / 5 = 16 → 20), 102 px apart.
    // x(v) = 74 + (v + 20) / 80 · 408 = 74 + 5.1 (v + 20).
    expect(layout.domain).to.deep.equal([-20, 60]);
    expect(layout.ticks.map((t) => [t.value, t.x, t.anchor])).to.deep.equal([
      [-20, 74, 'middle'],
      [0, 176, 'middle'],
      [20, 278, 'middle'],
      [40, 380, 'middle'],
      [60, 482, 'middle'],
    ]);
    expect(layout.target).to.deep.equal({ x: 329 }); // 74 + 5.1 · 50
  });

  it('draws bars from 0, negative ones leftward, with their whiskers', () => {
    const [a, b] = layout.rows as [(typeof layout.rows)[0], (typeof layout.rows)[0]];
    // Row 0 at y 20, middle 40: 0 → 176, 42 → 74 + 5.1 · 62 = 390.2; bar 16 px high.
    expect(a.bar).to.deep.equal({ x: 176, width: 214.2, y: 32, height: 16 });
    // 29 → 74 + 5.1 · 49 = 323.9; 55 → 74 + 5.1 · 75 = 456.5.
    expect(a.whisker).to.deep.equal({ x1: 323.9, x2: 456.5, y: 40 });
    // Row 1 at y 60: −5 → 74 + 5.1 · 15 = 150.5, so the bar runs 150.5 … 176.
    expect(b.bar).to.deep.equal({ x: 150.5, width: 25.5, y: 72, height: 16 });
    expect(b.whisker).to.deep.equal({ x1: 99.5, x2: 201.5, y: 80 });
  });

  it('gives each text its own place: nothing overlaps', () => {
    const a = layout.rows[0]!;
    expect(a.swatch).to.deep.equal({ x: 0, y: 35, size: 10 });
    expect(a.label).to.deep.equal({ x: 16, y: 44, max: 50 });
    // Value right-aligned at 482 + 8 + 40 = 530, n from 538 (538 + 60 = 598 ≤ 640), status line under them.
    expect(a.value).to.deep.equal({ x: 530, y: 36 });
    expect(a.n).to.deep.equal({ x: 538, y: 36 });
    expect(a.status).to.deep.equal({ x: 490, y: 52, max: 150 });
    expect(a.note).to.deep.equal({ x: 74, y: 44, max: 408 });
  });

  it('uses the short status forms before giving up the columns', () => {
    // 500 px, long notes 260 px: plot 74 … 500 − 260 − 8 = 232 (158 px < 200); short, side max(108, 90) = 108, plot 74 … 384 (310 px).
    const short = barsLayout(nps, { width: 500, ...npsOptions, text: { ...text, status: 260 } });
    expect([short.mode, short.short, short.plotX1]).to.deep.equal(['columns', true, 384]);
    // Short notes 300 px: plot 74 … 192 (118 px): a list, though 500 ≥ 480.
    expect(barsLayout(nps, { width: 500, ...npsOptions, text: { ...text, status: 400, statusShort: 300 } }).mode).to.equal('list');
  });

  it('rows 32 px high without a status line', () => {
    const plain = barsLayout(nps, { width: 640, ...npsOptions, status: false, target: null });
    expect(plain.height).to.equal(20 + 2 * 32);
    // Value and n centred on the row's middle (36) + 4.
    expect(plain.rows[0]!.value.y).to.equal(40);
  });
});

describe('barsLayout, list', () => {
  // 380 px, under 480: a ranked list (the columns would leave 148 px for the plot, 190 with the short notes).
  const layout = barsLayout(nps, { width: 380, ...npsOptions });

  it('puts the bar full-width under a line of text, the status under the bar', () => {
    expect([layout.mode, layout.plotX0, layout.plotX1]).to.deep.equal(['list', 1, 379]);
    expect(layout.height).to.equal(20 + 2 * 56);
    const a = layout.rows[0]!;
    // Text line at y 20 + 13 = 33: swatch, label up to the value column (value ends at 380 − 60 − 8 = 312,
    // so the label has 312 − 40 − 8 − 16 = 248 px), n in the last 60 px.
    expect(a.swatch).to.deep.equal({ x: 0, y: 24, size: 10 });
    expect(a.label).to.deep.equal({ x: 16, y: 33, max: 248 });
    expect(a.value).to.deep.equal({ x: 312, y: 33 });
    expect(a.n).to.deep.equal({ x: 320, y: 33 });
    expect(a.status).to.deep.equal({ x: 0, y: 68, max: 380 });
    // The bar band: middle 20 + 26 = 46, 12 px high. x(v) = 1 + (v + 20) / 80 · 378 = 1 + 4.725 (v + 20):
    // 0 → 95.5, 42 → 293.95.
    expect(a.bar).to.deep.equal({ x: 95.5, width: 198.45, y: 40, height: 12 });
  });

  it('keeps the end tick labels inside the width', () => {
    // 378 / 70 → 5 ticks, [−20, 60] again; −20 at x 1 (1 − 15 < 0: start), 60 at 379 (379 + 15 > 380: end).
    expect(layout.ticks.map((t) => [t.value, t.anchor])).to.deep.equal([
      [-20, 'start'],
      [0, 'middle'],
      [20, 'middle'],
      [40, 'middle'],
      [60, 'end'],
    ]);
  });
});

describe('barsLayout, CSAT and CES', () => {
  // 500 px, no swatch, no status: label 40, side 30 + 8 + 50 = 88, plot 48 … 404 (356 px), 356 / 70 → 5 ticks.
  const small = { label: 40, value: 30, n: 50, status: 0, statusShort: 0, tick: 30 };
  const csat = [row('chat', 90, 82.6, 94.5), row('phone', 60, 50.2, 69.1)];

  it('CSAT from 0 to a round top', () => {
    // 0 … 94.5, 5 ticks: 94.5 / 5 = 18.9 → 20 → [0, 100].
    const layout = barsLayout(csat, { width: 500, limits: [0, 100], baseline: 0, text: small });
    expect(layout.domain).to.deep.equal([0, 100]);
    expect(layout.ticks.map((t) => t.value)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(layout.rows[1]!.bar).to.deep.include({ x: 48, width: 213.6 }); // 0.6 · 356
  });

  it('fewer ticks when their labels would touch', () => {
    // Tick labels 70 px: 356 / 86 → 4 ticks, every 20 (25 → 20): 71.2 px apart < 70 + 8; 3 ticks: 33.3 → 50, 178 px apart.
    const layout = barsLayout(csat, { width: 500, limits: [0, 100], baseline: 0, text: { ...small, tick: 70 } });
    expect(layout.ticks.map((t) => t.value)).to.deep.equal([0, 50, 100]);
  });

  it('CES from the scale’s low end, fitted within the scale', () => {
    // 1 … 5.54 on 1 … 7, 5 ticks: 4.54 / 5 = 0.91 → 1 → [1, 6]; x(v) = 48 + (v − 1) / 5 · 356.
    const layout = barsLayout([row('chat', 5, 4.46, 5.54)], { width: 500, limits: [1, 7], baseline: 1, text: small });
    expect(layout.domain).to.deep.equal([1, 6]);
    expect(layout.ticks.map((t) => t.value)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(layout.rows[0]!.bar).to.deep.include({ x: 48, width: 284.8 }); // 4 / 5 · 356
  });
});

describe('fitText and truncate', () => {
  const six = (t: string) => [...t].length * 6;
  it('cuts a text to its room in px with an ellipsis, by code point', () => {
    expect(fitText('email', 60, six)).to.equal('email');
    // 16 characters = 96 px > 60: 9 characters and "…" = 60 px.
    expect(fitText('customer-service', 60, six)).to.equal('customer-…');
    expect(fitText('😀😀😀😀', 18, six)).to.equal('😀😀…');
  });

  it('cuts a 10 000-character name with a handful of measures, not one per character', () => {
    let measures = 0;
    const counted = (t: string) => (measures++, six(t));
    // 100 px holds 16 characters of 6 px: 15 and "…" (96 px); 16 and "…" is 102 px.
    expect(fitText('W'.repeat(10_000), 100, counted)).to.equal(`${'W'.repeat(15)}…`);
    // One measure of the whole, then a binary search over 9 999 lengths: ⌈log2 9 999⌉ = 14.
    expect(measures).to.be.at.most(15);
  });

  it('truncate shortens long labels with an ellipsis, by code point', () => {
    expect(truncate('email', 10)).to.equal('email');
    expect(truncate('customer-service-callback', 10)).to.equal('customer-…');
    expect(truncate('😀😀😀😀', 3)).to.equal('😀😀…');
  });
});
