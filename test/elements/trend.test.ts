import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/kpi-trend.js';
import type { KpiTrend } from '../../src/elements/trend/trend.component.js';
import type { KpiErrorDetail, KpiThresholdDetail } from '../../src/data/events.js';
import { mount, normalize, record, until } from '../helpers.js';

/** `n` NPS answers of one score on one day (10:00 UTC). */
const answers = (score: number, n: number, day: string, channel = 'chat') => Array.from({ length: n }, () => ({ metric: 'nps', score, channel, at: `${day}T10:00:00Z` }));

/**
 * Two weeks by hand:
 * - 2026-W18 (27 April): 40 answers, 20 promoters (10), 10 passives (8), 10 detractors (0): p = 0.5, d = 0.25, NPS = 25;
 * - 2026-W19 (4 May): 50 answers, 30 promoters, 10 passives, 10 detractors: p = 0.6, d = 0.2, NPS = 40.
 * v₁ = 100² (0.5 + 0.25 − 0.25²) / 40 = 10 000 · 0.6875 / 40 = 171.875; v₂ = 10 000 · (0.8 − 0.16) / 50 = 128;
 * se = √299.875 = 17.3169; delta = 15 ± 1.96 · 17.3169 = 15 ± 33.941 → −18.9 … +48.9: not significant.
 */
const twoWeeks = {
  responses: [
    ...answers(10, 20, '2026-04-28'),
    ...answers(8, 10, '2026-04-29'),
    ...answers(0, 10, '2026-04-30'),
    ...answers(10, 30, '2026-05-05'),
    ...answers(8, 10, '2026-05-06'),
    ...answers(0, 10, '2026-05-07'),
  ],
};

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) => normalize(root(el).querySelector(selector)?.textContent);

async function trendOf(attrs: Record<string, string>, data: unknown = twoWeeks, width = 640) {
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('kpi-trend') as KpiTrend;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('data', JSON.stringify(data));
  wrapper.append(el);
  await until(() => root(el).querySelector('svg.chart, [part=error], [part=empty]') !== null, 'the chart');
  await el.updateComplete;
  return el;
}

describe('<kpi-trend>', () => {
  it('says the latest change with its interval and significance, computed by hand', async () => {
    const el = await trendOf({ lang: 'en', interval: 'week' });
    expect(text(el, '[part=change]')).to.equal('+15 pts vs the previous week, not significant: −18.9 pts … +48.9 pts');
    const fr = await trendOf({ lang: 'fr', interval: 'week' });
    expect(text(fr, '[part=change]')).to.equal('+15 pts par rapport à la semaine précédente, non significatif : −18,9 pts … +48,9 pts');
  });

  it('draws one point per week and carries the figures in its hidden table (one task later)', async () => {
    const el = await trendOf({ lang: 'en', interval: 'week' });
    expect(root(el).querySelectorAll('circle.point')).to.have.length(2);
    // The table follows the chart by one task.
    await until(() => root(el).querySelector('tbody tr') !== null, 'the hidden table');
    const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => normalize(c.textContent)));
    // W18: 25 ± 196 · √(0.6875 / 40) = 25 ± 25.70 → −0.7 … +50.7; W19: 40 ± 196 · √(0.64 / 50) = 40 ± 22.17 → +17.8 … +62.2.
    expect(rows).to.deep.equal([
      ['week of April 27, 2026', '+25', '40', '−0.7 … +50.7'],
      ['week of May 4, 2026', '+40', '50', '+17.8 … +62.2'],
    ]);
    expect(normalize(root(el).querySelector('svg.chart')!.getAttribute('aria-label'))).to.match(
      /^Net Promoter Score by week, 2 weeks from April 27, 2026 to May 4, 2026, latest week of May 4, 2026: \+40 \(n = 50\), \+15 pts vs the previous week/,
    );
  });

  it('chooses the interval from the span and says so; a bad interval falls back and fires kpi-error naming it', async () => {
    const auto = await trendOf({ lang: 'en' });
    // 10 days of data: days (at most 60 periods).
    expect(auto.result!.interval).to.equal('day');
    expect(text(auto, '[part=notes]')).to.contain('by day, chosen from the span of the data');
    const events = record(document, 'kpi-error');
    const bad = await trendOf({ lang: 'en', interval: 'year' });
    await until(() => events.length > 0, 'kpi-error');
    const detail = events[0]!.detail as KpiErrorDetail;
    expect([detail.field, detail.code]).to.deep.equal(['interval', 'value']);
    expect(bad.result!.interval).to.equal('day');
    expect(text(bad, '[part=notes]')).to.contain('interval — must be one of day, week, month, quarter');
    const zone = await trendOf({ lang: 'en', 'time-zone': 'Mars/Olympus' });
    await until(() => events.some((e) => (e.detail as KpiErrorDetail).field === 'time-zone'), 'kpi-error for time-zone');
    expect(zone.result!.timeZone).to.equal('UTC');
  });

  it('a bad `at` is an error naming the field; the page goes on', async () => {
    const events = record(document, 'kpi-error');
    const el = await trendOf({ lang: 'en' }, { responses: [{ metric: 'nps', score: 9, at: '2026-05-01T10:00:00Z' }, { metric: 'nps', score: 3, at: 'last tuesday' }] });
    await until(() => events.length > 0, 'kpi-error');
    expect((events[0]!.detail as KpiErrorDetail).field).to.equal('responses[1].at');
    expect(text(el, '[part=error]')).to.contain('responses[1].at');
  });

  it('periods under min-n are hollow and left out of the change', async () => {
    const el = await trendOf({ lang: 'en', interval: 'week', 'min-n': '45' });
    expect(root(el).querySelectorAll('circle.point.thin')).to.have.length(1);
    expect(text(el, '[part=change]')).to.equal('no comparison with the previous week: too few answers in one of them');
    expect(text(el, '[part=notes]')).to.contain('hollow points: fewer than 45 answers');
  });

  it('fires kpi-threshold for the latest period against the target', async () => {
    const events = record(document, 'kpi-threshold');
    await trendOf({ lang: 'en', interval: 'week', target: '30' });
    await until(() => events.length > 0, 'kpi-threshold');
    expect(events[0]!.detail as KpiThresholdDetail).to.deep.include({ value: 40, target: 30, side: 'above', previous: null });
  });

  it('one line per channel, in the shared channel colours', async () => {
    const data = { responses: [...twoWeeks.responses, ...answers(9, 5, '2026-04-28', 'email'), ...answers(3, 5, '2026-05-05', 'email')] };
    const el = await trendOf({ lang: 'en', interval: 'week', by: 'channel' }, data);
    // chat (90 answers) before email (10): slots 6 and 0 (src/theme/channel-palette.ts).
    expect([...root(el).querySelectorAll('g.series')].map((g) => g.getAttribute('class'))).to.deep.equal(['series ch-6', 'series ch-0']);
    expect([...root(el).querySelectorAll('.legend li')].map((li) => normalize(li.textContent))).to.deep.equal(['chat', 'email']);
  });

  it('moves between periods with the arrow keys, each column named by its figures', async () => {
    const el = await trendOf({ lang: 'en', interval: 'week' });
    const hits = () => [...root(el).querySelectorAll<SVGRectElement>('rect.hit')];
    expect(hits().map((h) => h.getAttribute('tabindex'))).to.deep.equal(['-1', '0']);
    hits()[1]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('week of April 27, 2026: +25, n = 40, 95 % −0.7 … +50.7');
    expect(text(el, '.tooltip')).to.equal('week of April 27, 2026: +25, n = 40, 95 % −0.7 … +50.7');
  });

  it('keeps its height when the data arrives: the skeleton is within 10 % at 240, 390 and 1280 px', async () => {
    for (const width of [240, 390, 1280]) {
      const box = await mount<HTMLDivElement>(html`<div style="width: ${width}px"><kpi-trend lang="en"></kpi-trend></div>`);
      const loading = box.querySelector('kpi-trend') as KpiTrend;
      await loading.updateComplete;
      const drawn = await trendOf({ lang: 'en', interval: 'week' }, twoWeeks, width);
      expect(loading.status).to.equal('loading');
      const [a, b] = [loading.getBoundingClientRect().height, drawn.getBoundingClientRect().height];
      expect(Math.abs(a - b) / b, `${width}px: ${a} vs ${b}`).to.be.at.most(0.1);
    }
  });

  describe('accessibility (axe)', () => {
    for (const [lang, theme, by] of [
      ['en', 'light', ''],
      ['fr', 'dark', 'channel'],
    ] as const) {
      it(`has no violations: ${lang}, ${theme}${by ? ', by channel' : ''}, with a focused period`, async () => {
        const data = { responses: [...twoWeeks.responses, ...answers(9, 5, '2026-04-28', 'email')] };
        const el = await trendOf({ lang, theme, interval: 'week', target: '30', ...(by ? { by } : {}) }, data);
        await until(() => root(el).querySelector('tbody tr') !== null, 'the hidden table');
        root(el).querySelector<SVGRectElement>('rect.hit[tabindex="0"]')!.focus();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });
});
