import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/kpi-scorecard.js';
import type { KpiScorecard } from '../../src/elements/scorecard/scorecard.component.js';
import type { KpiErrorDetail, KpiThresholdDetail } from '../../src/data/events.js';
import { mount, normalize, record, until } from '../helpers.js';

/**
 * Chat over two months, by hand:
 * - FCR April 680 / 1000 = 68 %, May 800 / 1000 = 80 %: +12 pts, 95 % 8.2 … 15.8 (see test/engine/metrics.test.ts), significant;
 * - transfer April 140 / 1000 = 14 %, May 90 / 1000 = 9 %: −5 pts; q₁(1 − q₁)/n = 0.1204/1000, q₂: 0.0819/1000,
 *   se = 100 √0.0002023 = 1.4223, 95 % −5 ± 2.788 = −7.8 … −2.2: significant, and good news (lower is better);
 * - response time May 4 800 s over 100 = 48 s; April 5 000 s / 100 = 50 s: −2 s.
 */
const chat = {
  metrics: [
    { kpi: 'fcr', channel: 'chat', period: '2026-04', resolvedFirst: 680, contacts: 1000 },
    { kpi: 'fcr', channel: 'chat', period: '2026-05', resolvedFirst: 800, contacts: 1000 },
    { kpi: 'transfer', channel: 'chat', period: '2026-04', transferred: 140, contacts: 1000 },
    { kpi: 'transfer', channel: 'chat', period: '2026-05', transferred: 90, contacts: 1000 },
    { kpi: 'response-time', channel: 'chat', period: '2026-04', totalSeconds: 5000, n: 100 },
    { kpi: 'response-time', channel: 'chat', period: '2026-05', totalSeconds: 4800, n: 100 },
  ],
};

const root = (el: Element) => el.shadowRoot!;
const tiles = (el: Element) => [...root(el).querySelectorAll('[part=tile]')].map((t) => normalize(t.textContent));

async function scorecardOf(attrs: Record<string, string>, data: unknown = chat, width = 900, listen?: (el: KpiScorecard) => void) {
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('kpi-scorecard') as KpiScorecard;
  listen?.(el);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('data', JSON.stringify(data));
  wrapper.append(el);
  await until(() => root(el).querySelector('[part=tile], [part=error], [part=empty]') !== null, 'the tiles');
  await el.updateComplete;
  return el;
}

describe('<kpi-scorecard>', () => {
  it('one tile per KPI of the input, with its value, period, n, change, target and status', async () => {
    // Filtered to chat: the seeds' response-time target is per channel (chat < 1 min).
    const el = await scorecardOf({ lang: 'en', today: '2026-05-20', channel: 'chat' });
    const [fcr, transfer, time] = tiles(el);
    expect(fcr).to.contain('First-contact resolution').and.contain('80%').and.contain('May 2026 · n = 1,000');
    expect(fcr).to.contain('▲ +12 pts vs the previous month').and.contain('significant (95 %: +8.2 pts … +15.8 pts)');
    // No target of its own: the seeds' FCR > 70 %.
    expect(fcr).to.contain('seeds’ target ≥ 70%').and.contain('target met');
    expect(transfer).to.contain('9%').and.contain('▼ −5 pts vs the previous month').and.contain('significant (95 %: −7.8 pts … −2.2 pts)');
    expect(time).to.contain('Response time').and.contain('48 s').and.contain('−2 s vs the previous month').and.contain('seeds’ target ≤ 1 min');
    expect(time).not.to.contain('significant');
  });

  it('lower is better: a fall in transfers is good news, a rise in FCR too; colours follow the KPI', async () => {
    const el = await scorecardOf({ lang: 'en', today: '2026-05-20' });
    const tones = [...root(el).querySelectorAll('[part=change]')].map((c) => c.className.replace('change', '').trim());
    // FCR +12 (higher is better): good; transfer −5 (lower is better): good; response time −2 s without interval: good.
    expect(tones).to.deep.equal(['good', 'good', 'good']);
  });

  it('SMART targets: on track and behind on the day, with the deadline written in the locale', async () => {
    // FCR 64 → 90 from 1 January to 31 December 2026: on 20 May (day 139 of 364) the line is at 64 + 26 · 139/364 = 73.93: 80 is on track.
    // Transfer 15 → 5 over the same year: the line at 15 − 10 · 139/364 = 11.18: 9 is on track; by 1 November (day 304) 15 − 8.35 = 6.65: 9 is behind.
    const targets = [
      { kpi: 'fcr', channel: 'chat', target: 90, baseline: 64, from: '2026-01-01', by: '2026-12-31' },
      { kpi: 'transfer', target: 5, baseline: 15, from: '2026-01-01', by: '2026-12-31' },
    ];
    const el = await scorecardOf({ lang: 'fr', today: '2026-05-20', channel: 'chat', targets: JSON.stringify(targets) });
    const [fcr, transfer] = tiles(el);
    expect(tiles(el)).to.have.length(2, 'the targets list gives the tiles');
    expect(fcr).to.contain('objectif ≥ 90 % d’ici le 31/12/2026').and.contain('en bonne voie');
    expect(transfer).to.contain('objectif ≤ 5 % d’ici le 31/12/2026').and.contain('en bonne voie');
    el.setAttribute('today', '2026-11-01');
    await el.updateComplete;
    expect(tiles(el)[1]).to.contain('en retard');
  });

  it('by default, the KPIs the filtered channel has: a phone-only KPI is no tile of chat', async () => {
    const data = { metrics: [...chat.metrics, { kpi: 'abandonment', channel: 'phone', period: '2026-05', abandoned: 5, started: 100 }] };
    const el = await scorecardOf({ lang: 'fr', channel: 'chat', today: '2026-05-20' }, data);
    expect(tiles(el)).to.have.length(3);
    expect(tiles(el).join(' ')).not.to.contain('Abandon');
  });

  it('kpis picks and orders the tiles; a KPI without data says so', async () => {
    const el = await scorecardOf({ lang: 'en', kpis: 'response-time,fcr,aov', today: '2026-05-20' });
    const [time, fcr, aov] = tiles(el);
    expect(time).to.contain('Response time');
    expect(fcr).to.contain('First-contact resolution');
    expect(aov).to.contain('Average order value').and.contain('no data for this KPI');
  });

  it('by="channel": one row of tiles per channel', async () => {
    const data = { metrics: [...chat.metrics, { kpi: 'fcr', channel: 'email', period: '2026-05', resolvedFirst: 30, contacts: 40 }] };
    const el = await scorecardOf({ lang: 'en', by: 'channel', kpis: 'fcr,transfer', today: '2026-05-20' }, data);
    const groups = [...root(el).querySelectorAll('.group')].map((g) => normalize(g.querySelector('.group-name')?.textContent));
    expect(groups).to.deep.equal(['chat', 'email']);
    // email: 30 / 40 = 75 %, its first period: nothing to compare; no transfer row: no data.
    expect(tiles(el)[2]).to.contain('75%').and.contain('no previous period to compare');
    expect(tiles(el)[3]).to.contain('no data for this KPI');
    // One KPI: one grid, each tile named by its channel.
    el.setAttribute('kpis', 'fcr');
    await el.updateComplete;
    expect(root(el).querySelectorAll('.group')).to.have.length(1);
    expect(tiles(el).map((t) => t.split(' Requests')[0])).to.deep.equal(['First-contact resolution · chat', 'First-contact resolution · email']);
  });

  it('scores from answers: NPS per month with its change', async () => {
    // April: 10 answers, 5 promoters, 5 detractors: 0. May: 10 answers, 8 promoters, 2 detractors: +60.
    const at = (day: string) => `${day}T10:00:00Z`;
    const responses = [
      ...Array.from({ length: 5 }, () => ({ metric: 'nps', score: 10, at: at('2026-04-10') })),
      ...Array.from({ length: 5 }, () => ({ metric: 'nps', score: 0, at: at('2026-04-11') })),
      ...Array.from({ length: 8 }, () => ({ metric: 'nps', score: 9, at: at('2026-05-10') })),
      ...Array.from({ length: 2 }, () => ({ metric: 'nps', score: 3, at: at('2026-05-11') })),
    ];
    const el = await scorecardOf({ lang: 'en', today: '2026-05-20' }, { responses });
    const [nps] = tiles(el);
    expect(nps).to.contain('NPS').and.contain('+60').and.contain('+60 pts vs the previous month').and.contain('seeds’ target ≥ +30').and.contain('target met');
  });

  it('currency from the document, durations in hours and minutes', async () => {
    const data = {
      currency: 'USD',
      metrics: [
        { kpi: 'aov', revenue: 6242.5, orders: 100 },
        { kpi: 'response-time', channel: 'email', totalSeconds: 11_400 * 10, n: 10 },
      ],
    };
    const el = await scorecardOf({ lang: 'en', today: '2026-05-20' }, data);
    // The table's order: operations before commerce.
    const [time, aov] = tiles(el);
    expect(aov).to.contain('$62.43');
    // 11 400 s = 3 h 10 min.
    expect(time).to.contain('3 h 10 min');
  });

  it('a bad row spoils its own tile, named; the other tiles are drawn; a bad target is named and left out', async () => {
    const errors: KpiErrorDetail[] = [];
    const data = { metrics: [...chat.metrics, { kpi: 'transfer', channel: 'chat', period: '2026-05', transferred: 5, contacts: '9' }] };
    const targets = [{ kpi: 'fcr', target: 80, by: '2026-02-30' }];
    const el = await scorecardOf({ lang: 'en', today: '2026-05-20', targets: JSON.stringify(targets) }, data, 900, (e) =>
      e.addEventListener('kpi-error', (ev) => errors.push((ev as CustomEvent<KpiErrorDetail>).detail)),
    );
    const [fcr, transfer, time] = tiles(el);
    expect(fcr).to.contain('80%');
    expect(transfer).to.contain('metrics[6].contacts');
    expect(time).to.contain('48 s');
    expect(normalize(root(el).querySelector('[part=notes]')?.textContent)).to.contain('targets[0].by — must be a date YYYY-MM-DD');
    expect(errors.map((e) => e.field).sort()).to.deep.equal(['metrics[6].contacts', 'targets[0].by']);
  });

  it('an unknown KPI in kpis is named; bad data keeps the last good tiles', async () => {
    const errors = record<KpiErrorDetail>(document, 'kpi-error');
    const el = await scorecardOf({ lang: 'en', kpis: 'fcr,happiness', today: '2026-05-20' });
    expect(tiles(el)).to.have.length(1);
    expect(errors.map((e) => e.detail.field)).to.include('kpis');
    el.setAttribute('data', '{"metrics": 3}');
    await el.updateComplete;
    expect(tiles(el)[0]).to.contain('80%');
    expect(normalize(root(el).querySelector('[part=error]')?.textContent)).to.contain('metrics');
  });

  it('kpi-threshold when a KPI crosses its target', async () => {
    const events: KpiThresholdDetail[] = [];
    const el = await scorecardOf({ lang: 'en', kpis: 'fcr', today: '2026-05-20', targets: JSON.stringify([{ kpi: 'fcr', target: 85 }]) }, chat, 900, (e) =>
      e.addEventListener('kpi-threshold', (ev) => events.push((ev as CustomEvent<KpiThresholdDetail>).detail)),
    );
    expect(events).to.deep.equal([{ key: 'fcr', value: 80, target: 85, side: 'below', previous: null }]);
    el.setAttribute('targets', JSON.stringify([{ kpi: 'fcr', target: 75 }]));
    await el.updateComplete;
    expect(events.at(-1)).to.deep.equal({ key: 'fcr', value: 80, target: 75, side: 'above', previous: 'below' });
  });

  it('a screen reader hears the same sentences: a list of tiles, the sparkline as figures', async () => {
    const el = await scorecardOf({ lang: 'en', today: '2026-05-20' });
    const list = root(el).querySelector('[part=tiles]')!;
    expect(list.tagName).to.equal('UL');
    expect(list.getAttribute('aria-label')).to.equal('Scorecard: figures');
    expect(normalize(root(el).querySelector('[part=tile] .visually-hidden')?.textContent)).to.equal('2 periods from April 2026 to May 2026: 68%, 80%');
  });

  describe('accessibility (axe)', () => {
    for (const [lang, theme] of [
      ['en', 'light'],
      ['fr', 'dark'],
    ] as const) {
      it(`has no violations: ${lang}, ${theme}`, async () => {
        const el = await scorecardOf({ lang, theme, today: '2026-05-20', by: 'channel' });
        await expect(el).to.be.accessible();
      });
    }
  });
});
