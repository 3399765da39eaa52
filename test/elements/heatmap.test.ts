import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/kpi-heatmap.js';
import type { KpiHeatmap } from '../../src/elements/heatmap/heatmap.component.js';
import type { KpiErrorDetail, KpiThresholdDetail } from '../../src/data/events.js';
import { heatmapLayout, sortedOrder } from '../../src/charts/heatmap.js';
import { mount, normalize, until } from '../helpers.js';
import { contrast } from '../a11y/contrast.js';

/**
 * By hand (NPS = 100 (P − D) / n):
 * - web × purchase: 30 × 10, 10 × 9, 5 × 7, 5 × 3 → n 50, P 40, D 5: 100 · 35 / 50 = +70
 * - web × after-sale: 10 × 10, 30 × 5 → n 40, P 10, D 30: 100 · −20 / 40 = −50
 * - phone × purchase: 20 × 9, 10 × 8, 10 × 0 → n 40, P 20, D 10: 100 · 10 / 40 = +25
 * - phone × after-sale: 2 × 10, 10 × 0 → n 12 < 30: −66.7, hatched and not ranked
 * Centre 0 (no target); span = the farthest ranked cell, 70. Tones ⌈5 · |v| / 70⌉:
 * +70 → g5, −50 → ⌈3.57⌉ = b4, +25 → ⌈1.79⌉ = g2.
 */
const h = (touchpoint: string, stage: string, counts: Record<string, number>) => ({ metric: 'nps', touchpoint, stage, counts });
const data = {
  histograms: [
    h('web', 'purchase', { 10: 30, 9: 10, 7: 5, 3: 5 }),
    h('web', 'after-sale', { 10: 10, 5: 30 }),
    h('phone', 'purchase', { 9: 20, 8: 10, 0: 10 }),
    h('phone', 'after-sale', { 10: 2, 0: 10 }),
  ],
};

const root = (el: Element) => el.shadowRoot!;
const texts = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)].map((x) => normalize(x.textContent));
const cells = (el: Element) => [...root(el).querySelectorAll<HTMLTableCellElement>('td')];

async function heatmapOf(attrs: Record<string, string>, input: unknown = data, listen?: (el: KpiHeatmap) => void, width = 700) {
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('kpi-heatmap') as KpiHeatmap;
  listen?.(el);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('data', JSON.stringify(input));
  wrapper.append(el);
  await until(() => root(el).querySelector('table, [part=error], [part=empty]') !== null, 'the table');
  await el.updateComplete;
  return el;
}

describe('heatmapLayout and sortedOrder (pure)', () => {
  it('tones on a scale centred on the target, span set by the farthest ranked cell; thin cells unranked', () => {
    // Centre 30: +70 is 40 away (the span), −50 is 80 away… so the span is 80: +70 → ⌈5 · 40/80⌉ = 3, −50 → −5, +25 → −⌈5 · 5/80⌉ = −1.
    const layout = heatmapLayout(
      [
        { value: 70, n: 50 },
        { value: -50, n: 40 },
        { value: 25, n: 40 },
        { value: -66.7, n: 12 },
        { value: null, n: 0 },
      ],
      { centre: 30, minN: 30, higherIsBetter: true },
    );
    expect(layout.tones).to.deep.equal([3, -5, -1, null, null]);
    expect(layout.ranked).to.deep.equal([1, 2, 0]);
    expect(layout.thin).to.equal(1);
    // Lower is better (CES, low = easy): the sides and the ranking turn round.
    const ces = heatmapLayout([{ value: 2, n: 40 }, { value: 5, n: 40 }], { centre: 4, minN: 30, higherIsBetter: false });
    // |2 − 4| = 2 and |5 − 4| = 1: span 2; 2 → +5 (good), 5 → −⌈2.5⌉ = −3.
    expect(ces.tones).to.deep.equal([5, -3]);
    expect(ces.ranked).to.deep.equal([1, 0]);
  });

  it('sorts with the keys without a value last, whatever the direction', () => {
    const values = [3, null, 7, 5];
    expect(sortedOrder(4, (i) => values[i]!, 'descending')).to.deep.equal([2, 3, 0, 1]);
    expect(sortedOrder(4, (i) => values[i]!, 'ascending')).to.deep.equal([0, 3, 2, 1]);
  });
});

describe('<kpi-heatmap>', () => {
  it('a real table: caption, column and row headers, the score and n in every cell, tones, the thin cell in words', async () => {
    const el = await heatmapOf({ lang: 'en' });
    const table = root(el).querySelector('table')!;
    expect(normalize(table.querySelector('caption')!.textContent)).to.contain('NPS: touchpoint in rows, stage in columns');
    expect(texts(el, 'thead th[scope=col]:not(.corner)')).to.deep.equal(['purchase↕', 'after-sale↕']);
    expect(texts(el, 'tbody th[scope=row]')).to.deep.equal(['web↕', 'phone↕']);
    expect(cells(el).map((c) => normalize(c.textContent))).to.deep.equal(['+70 n = 50', '−50 n = 40', '+25 n = 40', '−67 n = 12 < 30']);
    expect(cells(el).map((c) => c.className)).to.deep.equal(['g5', 'b4', 'g2', 'thin']);
    // −50: p .25, d .75: 1.96 · 100 √((1 − .25) / 40) = 26.8 → −77 … −23 (the keyboard test).
    // NPS +70 ± 1.96 · 100 √((0.8 + 0.1 − 0.49) / 50) = 70 ± 17.7: 52 … 88.
    expect(cells(el)[0]!.getAttribute('aria-label')).to.equal('web, purchase: NPS +70, n = 50, 95 %: +52 … +88');
    expect(cells(el)[3]!.getAttribute('aria-label')).to.equal('phone, after-sale: NPS −67, n = 12 < 30, not ranked');
    expect(normalize(root(el).querySelector('[part=summary]')!.textContent)).to.equal('Worst: web × after-sale, NPS −50 (n = 40); best: web × purchase, +70 (n = 50).');
    expect(normalize(root(el).querySelector('[part=notes]')!.textContent)).to.contain('Colours are centred on 0.').and.contain('1 cell under 30 answers is hatched and not ranked.');
    await expect(el).to.be.accessible();
  });

  it('in French, and centred on the target', async () => {
    const el = await heatmapOf({ lang: 'fr', target: '30' });
    expect(normalize(root(el).querySelector('[part=summary]')!.textContent)).to.equal('La pire : web × after-sale, NPS −50 (n = 40) ; la meilleure : web × purchase, +70 (n = 50).');
    expect(normalize(root(el).querySelector('h2')!.textContent)).to.equal('NPS par point de contact et étape');
    // Centre 30, span 80 (as in the pure test): +70 → g3, −50 → b5, +25 → b1.
    expect(cells(el).map((c) => c.className)).to.deep.equal(['g3', 'b5', 'b1', 'thin']);
    expect(normalize(root(el).querySelector('[part=notes]')!.textContent)).to.contain('Couleurs centrées sur l’objectif, +30.');
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`every cell's text has at least 4.5:1 against its background (${theme})`, async () => {
      // One tone of each kind: the data above with target values that spread them over −5…+5.
      const many = {
        histograms: [-100, -80, -60, -40, -20, 0, 20, 40, 60, 80, 100].map((v, i) => {
          // n = 100 with (100 + v) / 2 promoters and the rest detractors: NPS = v.
          const p = (100 + v) / 2;
          return h(`t${i}`, 'all', { 10: p, 0: 100 - p });
        }),
      };
      many.histograms.push(h('thin', 'all', { 10: 3 }));
      const el = await heatmapOf({ lang: 'en', theme }, many);
      const tones = new Set(cells(el).map((c) => c.className));
      expect([...tones].sort()).to.deep.equal(['b1', 'b2', 'b3', 'b4', 'b5', 'c0', 'g1', 'g2', 'g3', 'g4', 'g5', 'thin']);
      const host = getComputedStyle(el);
      const surface = rgb(host.getPropertyValue('--_surface'));
      for (const cell of cells(el)) {
        const style = getComputedStyle(cell);
        const backgrounds = [rgb(style.backgroundColor)];
        // The hatching's other stripe is the surface.
        if (cell.classList.contains('thin')) backgrounds.push(surface);
        for (const part of cell.querySelectorAll('span')) {
          const ink = rgb(getComputedStyle(part).color);
          for (const bg of backgrounds) expect(contrast(ink, bg), `${theme} ${cell.className} ${part.textContent}`).to.be.at.least(4.5);
        }
      }
    });
  }

  it('sorts rows by a column, columns by a row, and by name, with aria-sort on the header in force', async () => {
    const el = await heatmapOf({ lang: 'en' });
    const rows = () => texts(el, 'tbody th[scope=row] span:first-child');
    const columns = () => texts(el, 'thead th[scope=col]:not(.corner) span:first-child');
    const header = (name: string) => [...root(el).querySelectorAll('th')].find((th) => normalize(th.querySelector('span')?.textContent) === name)!;
    header('after-sale').querySelector('button')!.click();
    await el.updateComplete;
    // after-sale: web −50, phone −67 but thin (n = 12): unranked, last.
    expect(rows()).to.deep.equal(['web', 'phone']);
    expect(header('after-sale').getAttribute('aria-sort')).to.equal('descending');
    header('purchase').querySelector('button')!.click();
    await el.updateComplete;
    header('purchase').querySelector('button')!.click();
    await el.updateComplete;
    // purchase ascending: phone +25, web +70.
    expect(rows()).to.deep.equal(['phone', 'web']);
    expect(header('purchase').getAttribute('aria-sort')).to.equal('ascending');
    expect(header('after-sale').hasAttribute('aria-sort')).to.equal(false);
    expect(cells(el).map((c) => normalize(c.querySelector('.score')!.textContent))).to.deep.equal(['+25', '−67', '+70', '−50']);
    // Columns by phone's scores: purchase +25; after-sale is thin, last.
    header('web').querySelector('button')!.click();
    await el.updateComplete;
    expect(columns()).to.deep.equal(['purchase', 'after-sale']);
    header('web').querySelector('button')!.click();
    await el.updateComplete;
    // web ascending: after-sale −50, purchase +70.
    expect(columns()).to.deep.equal(['after-sale', 'purchase']);
    expect(header('web').getAttribute('aria-sort')).to.equal('ascending');
    // The corner: rows by name, a → z.
    root(el).querySelector<HTMLButtonElement>('.corner button')!.click();
    await el.updateComplete;
    expect(rows()).to.deep.equal(['phone', 'web']);
    expect(root(el).querySelector('.corner')!.getAttribute('aria-sort')).to.equal('ascending');
    await expect(el).to.be.accessible();
  });

  it('one tab stop into the cells; arrows, Home and End move; each cell says its row, column, score and n', async () => {
    const el = await heatmapOf({ lang: 'en' });
    const stops = () => cells(el).filter((c) => c.tabIndex === 0);
    expect(stops()).to.have.length(1);
    stops()[0]!.focus();
    const focused = () => root(el).activeElement?.getAttribute('aria-label') ?? '';
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused()).to.equal('web, after-sale: NPS −50, n = 40, 95 %: −77 … −23');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused()).to.match(/^phone, after-sale/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused()).to.match(/^phone, purchase: NPS \+25, n = 40/);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused()).to.match(/^web, after-sale/);
    expect(stops()).to.have.length(1);
  });

  it('a bad or repeated dimension is said, naming the attribute and the default used', async () => {
    const seen: Array<{ detail: KpiErrorDetail }> = [];
    const el = await heatmapOf({ lang: 'en', rows: 'device' }, data, (e) => e.addEventListener('kpi-error', (ev) => seen.push({ detail: (ev as CustomEvent<KpiErrorDetail>).detail })));
    await until(() => seen.length > 0, 'kpi-error');
    expect(seen[0]!.detail.field).to.equal('rows');
    expect(seen[0]!.detail.message).to.equal('rows — must be one of channel, touchpoint, stage, period; touchpoint used instead');
    expect(texts(el, 'tbody th[scope=row] span:first-child')).to.deep.equal(['web', 'phone']);
    el.setAttribute('rows', 'stage');
    await el.updateComplete;
    await until(() => seen.some((e) => e.detail.field === 'columns'), 'columns');
    const same = seen.find((e) => e.detail.field === 'columns')!;
    expect(same.detail.message).to.equal('columns — must be one of channel, touchpoint, period; touchpoint used instead');
    expect(texts(el, 'tbody th[scope=row] span:first-child')).to.deep.equal(['purchase', 'after-sale']);
    expect(normalize(root(el).querySelector('[part=notes]')!.textContent)).to.contain('columns — must be one of channel, touchpoint, period; touchpoint used instead');
  });

  it('period as a dimension: months in the time zone, named as read', async () => {
    // 2026-05-31T23:30Z is June in Paris. Web: May 10 (UTC and Paris) a 0, 31 May 23:30Z a 10.
    const responses = [
      { metric: 'nps', score: 0, touchpoint: 'web', at: '2026-05-10T10:00:00Z' },
      { metric: 'nps', score: 10, touchpoint: 'web', at: '2026-05-31T23:30:00Z' },
    ];
    const el = await heatmapOf({ lang: 'en', rows: 'touchpoint', columns: 'period', interval: 'month', 'time-zone': 'Europe/Paris', 'min-n': '1' }, { responses });
    expect(texts(el, 'thead th[scope=col]:not(.corner) span:first-child')).to.deep.equal(['May 2026', 'Jun 2026']);
    expect(cells(el).map((c) => normalize(c.querySelector('.score')!.textContent))).to.deep.equal(['−100', '+100']);
    expect(normalize(root(el).querySelector('[part=summary]')!.textContent)).to.equal('Worst: web × May 2026, NPS −100 (n = 1); best: web × Jun 2026, +100 (n = 1).');
  });

  it('fires kpi-threshold per ranked cell that crosses the target, keyed row|column', async () => {
    const events: KpiThresholdDetail[] = [];
    await heatmapOf({ lang: 'en', target: '30' }, data, (e) => e.addEventListener('kpi-threshold', (ev) => events.push((ev as CustomEvent<KpiThresholdDetail>).detail)));
    // n ≥ 30 only: +70 above, −50 below, +25 below; phone × after-sale (n = 12) is not judged.
    expect(events.map((e) => `${e.key} ${e.side}`)).to.deep.equal(['web|purchase above', 'web|after-sale below', 'phone|purchase below']);
  });

  it('CES where lower is easier: the lowest mean is the best, and the note says so', async () => {
    // a × s: 20 × 2 → mean 2; b × s: 20 × 6 → mean 6. Centre (1 + 7) / 2 = 4.
    const ces = { histograms: [{ metric: 'ces', channel: 'a', stage: 's', counts: { 2: 20 } }, { metric: 'ces', channel: 'b', stage: 's', counts: { 6: 20 } }] };
    const el = await heatmapOf({ lang: 'en', metric: 'ces', rows: 'channel', 'lower-is-easier': '', 'min-n': '10' }, ces);
    expect(normalize(root(el).querySelector('[part=summary]')!.textContent)).to.equal('Worst: b × s, CES 6.0 (n = 20); best: a × s, 2.0 (n = 20).');
    expect(cells(el).map((c) => c.className)).to.deep.equal(['g5', 'b5']);
    expect(normalize(root(el).querySelector('[part=notes]')!.textContent)).to.contain('A lower CES means less effort.');
  });

  it('keys from the data are text, never markup', async () => {
    const evil = '<img src=x onerror="window.__heatmapXss = 1">';
    const el = await heatmapOf({ lang: 'en', 'min-n': '1' }, { histograms: [h(evil, 'purchase', { 10: 3 })] });
    expect(root(el).querySelector('img')).to.equal(null);
    expect(texts(el, 'tbody th[scope=row] span:first-child')).to.deep.equal([evil]);
    expect((window as unknown as { __heatmapXss?: number }).__heatmapXss).to.equal(undefined);
  });

  it('empty and error states', async () => {
    const empty = await heatmapOf({ lang: 'en' }, { histograms: [] });
    expect(root(empty).querySelector('[part=empty]')).to.exist;
    const bad = await heatmapOf({ lang: 'en' }, { histograms: [{ metric: 'nps', touchpoint: 'web', counts: { 11: 3 } }] });
    expect(normalize(root(bad).querySelector('[part=error]')!.textContent)).to.contain('histograms[0].counts.11');
  });
});

/** `rgb(…)`, `#rrggbb` or Chromium's `color(srgb r g b)` (what color-mix computes to), as RGBA 0–255. */
function rgb(value: string): [number, number, number, number] {
  const v = value.trim();
  let m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(v);
  if (m) return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16), 1];
  m = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(v);
  if (m) return [+m[1]! * 255, +m[2]! * 255, +m[3]! * 255, 1];
  m = /^rgba?\(([^)]+)\)$/.exec(v);
  if (m) {
    const [r, g, b] = m[1]!.split(/[\s,/]+/).map(Number);
    return [r!, g!, b!, 1];
  }
  throw new Error(`unreadable colour ${v}`);
}
