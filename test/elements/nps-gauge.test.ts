import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/kpi-nps-gauge.js';
import type { KpiNpsGauge } from '../../src/elements/nps-gauge/nps-gauge.component.js';
import type { KpiThresholdDetail } from '../../src/data/events.js';
import { mount, normalize, record, shadowText, until } from '../helpers.js';

/** The published example: n = 400, 50 % promoters, 20 % detractors → NPS 30 ± 7.7. */
const example = { histograms: [{ metric: 'nps', counts: { '10': 120, '9': 80, '8': 60, '7': 60, '6': 50, '0': 30 } }] };
/** 100 promoters, 85 passives, 15 detractors of 200 → NPS 42.5; margin 196·√((0.575 − 0.425²)/200) = 196·√0.001971875 = 8.70. */
const fortyTwoAndAHalf = { histograms: [{ metric: 'nps', counts: { '10': 100, '8': 85, '3': 15 } }] };

/** Waits for the visually hidden table, which follows the gauge by one task. */
const tableOf = async (el: KpiNpsGauge) => {
  await until(() => el.shadowRoot!.querySelector('table') !== null, 'the hidden table');
  return el.shadowRoot!.querySelector('table')!;
};
const nps = (score: number, channel?: string) => ({ metric: 'nps', score, ...(channel ? { channel } : {}) });

describe('<kpi-nps-gauge>', () => {
  it('shows the published example: +30, 400 answers, ± 7.7, and its text alternative', async () => {
    const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" target="30" data=${JSON.stringify(example)}></kpi-nps-gauge>`);
    expect(shadowText(el, '[part=score]')).to.equal('+30');
    expect(shadowText(el, '[part=meta]')).to.contain('400 answers').and.contain('± 7.7 pts').and.contain('≈ target 30 — within the margin of the target');
    // 30 ± 7.65 → 22.35 … 37.65 contains the target 30: within its margin, neither met nor below.
    expect(el.targetStatus).to.equal('within-margin');
    expect(el.shadowRoot!.querySelector('.target-state')!.classList.contains('within-margin')).to.equal(true);
    const chart = el.shadowRoot!.querySelector('[part=chart]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(normalize(chart.getAttribute('aria-label'))).to.equal(
      // 95 % interval: 30 ∓ 7.654 = 22.346 and 37.654, one decimal.
      'NPS +30, 400 answers, margin of error ± 7.7 points, 95 % interval +22.3 to +37.7, rating: acceptable, target 30, within the margin of the target',
    );
    // The needle: 30 points = 27° right of vertical (see the layout test for the arithmetic).
    const needle = el.shadowRoot!.querySelector('line.needle')!;
    expect([needle.getAttribute('x2'), needle.getAttribute('y2')]).to.deep.equal(['152.32', '44.72']);
    // Target 30: the seed's bands, each named with its range in the key; the target's mark drawn after the needle.
    const key = [...el.shadowRoot!.querySelectorAll('[part=bands] li')].map((li) => normalize(li.textContent));
    expect(key).to.deep.equal(['negative < 0', 'to improve 0–30', 'acceptable 30–50', 'very good ≥ 50']);
    const marks = [...el.shadowRoot!.querySelectorAll('svg.chart > *')].map((n) => n.getAttribute('class'));
    expect(marks.indexOf('target')).to.be.greaterThan(marks.indexOf('needle'));
    expect(normalize(el.shadowRoot!.querySelector('.target-label')!.textContent)).to.equal('30');
    // The interval's arc: promoters 0.5, detractors 0.2, variance 0.5 + 0.2 − 0.3² = 0.61, margin 1.96 · √(0.61/400) · 100 = 7.654 → 22.346 … 37.654, drawn on the dial.
    expect(el.shadowRoot!.querySelector('path.moe')).not.to.equal(null);
  });

  it('keeps its height when the data arrives: the loading ghost is within 10 % of the drawn gauge at 240, 390 and 1280 px', async () => {
    for (const lang of ['en', 'fr']) {
      for (const width of [240, 390, 1280]) {
        // Without input the element shows its loading state (as while `src` loads).
        const box = await mount<HTMLDivElement>(
          html`<div style="width: ${width}px"><kpi-nps-gauge lang=${lang} target="30"></kpi-nps-gauge><kpi-nps-gauge lang=${lang} target="30" data=${JSON.stringify(example)}></kpi-nps-gauge></div>`,
        );
        const [loading, drawn] = [...box.querySelectorAll<KpiNpsGauge>('kpi-nps-gauge')] as [KpiNpsGauge, KpiNpsGauge];
        await drawn.updateComplete;
        expect(loading.status).to.equal('loading');
        expect(loading.shadowRoot!.querySelector('[part=loading]')).not.to.equal(null);
        const [a, b] = [loading.getBoundingClientRect().height, drawn.getBoundingClientRect().height];
        expect(Math.abs(a - b) / b, `${lang} ${width}px: ${a} vs ${b}`).to.be.at.most(0.1);
      }
    }
  });

  it('carries the figures in a visually hidden table, one task after the gauge', async () => {
    const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" target="30" data=${JSON.stringify(example)}></kpi-nps-gauge>`);
    const rows = [...(await tableOf(el)).querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => normalize(c.textContent)));
    expect(rows).to.deep.equal([
      ['Group', 'Answers', 'Share'],
      // In the dial's direction: detractors first, promoters last.
      ['Detractors (0–6)', '80', '20%'],
      ['Passives (7–8)', '120', '30%'],
      ['Promoters (9–10)', '200', '50%'],
      ['Total', '400', '100%'],
      ['NPS', '+30'],
      ['Margin of error (95 %)', '± 7.7'],
      ['Target', '30 — within the margin of the target'],
    ]);
    const box = el.shadowRoot!.querySelector('table')!.parentElement!.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([1, 1]);
  });

  it('speaks French with French number formats', async () => {
    const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="fr" target="50" data=${JSON.stringify(fortyTwoAndAHalf)}></kpi-nps-gauge>`);
    expect(shadowText(el, '[part=score]')).to.equal('+42,5');
    expect(normalize(el.shadowRoot!.querySelector('[part=chart]')!.getAttribute('aria-label'))).to.equal(
      // Target 50: the bands follow it (to improve 0–50, acceptable 50–70), so 42.5 is still to improve.
      'NPS +42,5, 200 réponses, marge d’erreur ± 8,7 points, intervalle à 95 % de +33,8 à +51,2, niveau : à améliorer, objectif 50, dans la marge de l’objectif',
    );
    // 42.5 ± 8.7 → 33.8 … 51.2 contains 50: within the margin, not below.
    expect(normalize(el.shadowRoot!.querySelector('.target-state')!.textContent)).to.equal('≈ objectif 50 — dans la marge de l’objectif'
    );
    // 100, 85, 15 of 200: 50 %, 42.5 % (rounded half up: 43 %), 7.5 % (8 %).
    const legend = [...el.shadowRoot!.querySelectorAll('[part=legend] li')].map((li) => normalize(li.textContent));
    expect(legend).to.deep.equal(['Détracteurs 8 %', 'Passifs 43 %', 'Promoteurs 50 %']);
    const key = [...el.shadowRoot!.querySelectorAll('[part=bands] li')].map((li) => normalize(li.textContent));
    expect(key).to.deep.equal(['négatif < 0', 'à améliorer 0–50', 'acceptable 50–70', 'très bon ≥ 70']);
    expect(shadowText(el, '[part=title]')).to.equal('Net Promoter Score');
  });

  it('says met (✓) and below (▼) only when the whole 95 % interval is on one side of the target', async () => {
    // 42.5 ± 8.7 → 33.8 … 51.2: all ≥ 30 → met; all < 60 → below.
    const met = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" target="30" data=${JSON.stringify(fortyTwoAndAHalf)}></kpi-nps-gauge>`);
    expect(normalize(met.shadowRoot!.querySelector('.target-state.met')!.textContent)).to.equal('✓ target 30 — target met');
    expect(normalize(met.shadowRoot!.querySelector('[part=chart]')!.getAttribute('aria-label'))).to.match(/target 30, target met$/);
    const below = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="fr" target="60" data=${JSON.stringify(fortyTwoAndAHalf)}></kpi-nps-gauge>`);
    expect(normalize(below.shadowRoot!.querySelector('.target-state.below')!.textContent)).to.equal('▼ objectif 60 — sous l’objectif');
    const rows = [...(await tableOf(below)).querySelectorAll('tfoot tr')].map((tr) => [...tr.children].map((c) => normalize(c.textContent)));
    expect(rows.at(-1)).to.deep.equal(['Objectif', '60 — sous l’objectif']);
  });

  it('takes its language from the nearest ancestor, and follows a change of it', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="fr"><kpi-nps-gauge data=${JSON.stringify(example)}></kpi-nps-gauge></div>`);
    const el = wrapper.querySelector('kpi-nps-gauge')!;
    await el.updateComplete;
    expect(shadowText(el, '[part=meta]')).to.contain('400 réponses');
    wrapper.setAttribute('lang', 'en-GB');
    await until(() => shadowText(el, '[part=meta]').includes('400 answers'), 'switches to English');
    wrapper.setAttribute('lang', 'de');
    await until(() => shadowText(el, '[part=meta]').includes('400 answers'), 'unknown languages fall back to English');
  });

  it('reads raw responses from the `data` property, filtered by `channel`', async () => {
    const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en"></kpi-nps-gauge>`);
    el.data = { responses: [nps(10, 'chat'), nps(9, 'chat'), nps(0, 'chat'), nps(0, 'phone'), nps(1, 'phone'), { metric: 'csat', score: 1, channel: 'chat' }] };
    await el.updateComplete;
    // All five NPS answers: 2 promoters, 3 detractors → −20.
    expect(shadowText(el, '[part=score]')).to.equal('\u221220'); // U+2212, the typographic minus
    el.channel = 'chat';
    await el.updateComplete;
    // Chat only: 2 promoters, 1 detractor of 3 → +33.3.
    expect(shadowText(el, '[part=score]')).to.equal('+33.3');
    expect(shadowText(el, '[part=meta]')).to.contain('3 answers');
    expect(shadowText(el, '[part=title]')).to.equal('Net Promoter Score · chat');
    el.channel = 'email';
    await el.updateComplete;
    expect(shadowText(el, '[part=empty]')).to.equal('No answers yet');
  });

  it('shows its loading state until it gets input (a framework or hydration sets `.data` later), then "no answers yet" for empty or cleared data', async () => {
    const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en"></kpi-nps-gauge>`);
    expect(el.status).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part=loading]'), 'the loading skeleton').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part=empty]'), 'not "no answers yet"').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    el.data = { responses: [] };
    await el.updateComplete;
    expect(el.status).to.equal('empty');
    expect(shadowText(el, '[part=empty]')).to.equal('No answers yet');
    el.data = { responses: [nps(10, 'chat')] };
    await el.updateComplete;
    expect(shadowText(el, '[part=score]')).to.equal('+100');
    el.data = null;
    await el.updateComplete;
    expect(el.status, 'data cleared').to.equal('empty');
  });

  it('fires kpi-data after rendering new data, with the validated input', async () => {
    const el = document.createElement('kpi-nps-gauge');
    const events = record<{ data: unknown; source: string }>(el, 'kpi-data');
    let scoreWhenFired = '';
    el.addEventListener('kpi-data', () => (scoreWhenFired = shadowText(el, '[part=score]')));
    el.setAttribute('data', JSON.stringify({ responses: [nps(10, ' chat ')], ignored: true }));
    document.body.append(el);
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]!.detail.source).to.equal('data');
    // Labels are trimmed and unknown keys dropped.
    expect(events[0]!.detail.data).to.deep.equal({ responses: [{ metric: 'nps', score: 10, channel: 'chat' }] });
    expect(scoreWhenFired).to.equal('+100');
    el.remove();
  });

  it('fires kpi-threshold when the score crosses the target, and only then', async () => {
    const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge target="30"></kpi-nps-gauge>`);
    const events = record<KpiThresholdDetail>(el, 'kpi-threshold');
    el.data = { responses: [nps(10), nps(0), nps(8)] }; // NPS 0
    await el.updateComplete;
    el.data = { responses: [nps(10), nps(0), nps(7), nps(8)] }; // still 0: same side
    await el.updateComplete;
    el.data = { responses: [nps(10), nps(10), nps(8)] }; // 66.7: above
    await el.updateComplete;
    el.data = { responses: [nps(10), nps(9), nps(0), nps(8), nps(7)] }; // exactly 20: below
    await el.updateComplete;
    expect(events.map((e) => [e.detail.side, e.detail.previous, Math.round(e.detail.value * 10) / 10, e.detail.target])).to.deep.equal([
      ['below', null, 0, 30],
      ['above', 'below', 66.7, 30],
      ['below', 'above', 20, 30],
    ]);
  });

  it('applies the dark theme from the attribute', async () => {
    const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge theme="dark" data=${JSON.stringify(example)}></kpi-nps-gauge>`);
    const base = el.shadowRoot!.querySelector('[part=base]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 27, 34)');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('lets the page override theme tokens from outside', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="--kpi-color-surface: rgb(1, 2, 3)"><kpi-nps-gauge data=${JSON.stringify(example)}></kpi-nps-gauge></div>`);
    const el = wrapper.querySelector('kpi-nps-gauge')!;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('does not throw when its module is loaded twice', async () => {
    const first = customElements.get('kpi-nps-gauge');
    // A query string makes the browser evaluate the define file a second time.
    await import(/* @vite-ignore */ `../../src/elements/nps-gauge/nps-gauge.ts?again=${Date.now()}`);
    expect(customElements.get('kpi-nps-gauge')).to.equal(first);
  });

  describe('accessibility (axe)', () => {
    for (const [lang, theme] of [
      ['en', 'light'],
      ['fr', 'light'],
      ['en', 'dark'],
      ['fr', 'dark'],
    ] as const) {
      it(`has no violations with data, ${lang}, ${theme}`, async () => {
        const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang=${lang} theme=${theme} target="30" data=${JSON.stringify(example)}></kpi-nps-gauge>`);
        await expect(el).to.be.accessible();
      });
    }

    it('has no violations in the error and empty states', async () => {
      const bad = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="fr" data="{oops"></kpi-nps-gauge>`);
      await expect(bad).to.be.accessible();
      const empty = await mount<KpiNpsGauge>(html`<kpi-nps-gauge data='{"responses":[]}'></kpi-nps-gauge>`);
      await expect(empty).to.be.accessible();
    });
  });

  it('compare="previous": the change against the previous week, with its interval and significance, worked by hand', async () => {
    const answers = (score: number, n: number, day: string) => Array.from({ length: n }, () => ({ metric: 'nps', score, at: `${day}T10:00:00Z` }));
    // 2026-W18: 400 answers, 200 promoters, 100 detractors: p = 0.5, d = 0.25, NPS 25; 2026-W19: 500, 300 and 100: NPS 40.
    // v₁ = 100² (0.75 − 0.0625) / 400 = 17.1875, v₂ = 100² (0.8 − 0.16) / 500 = 12.8, se = √29.9875 = 5.4761:
    // +15 ± 1.96 · 5.4761 = +15 ± 10.733 → +4.3 … +25.7, which leaves 0 out: a significant rise.
    const data = { responses: [...answers(10, 200, '2026-04-28'), ...answers(8, 100, '2026-04-29'), ...answers(0, 100, '2026-04-30'), ...answers(9, 300, '2026-05-05'), ...answers(7, 100, '2026-05-06'), ...answers(6, 100, '2026-05-07')] };
    const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" compare="previous" data=${JSON.stringify(data)}></kpi-nps-gauge>`);
    await until(() => normalize(el.shadowRoot!.querySelector('[part=change]')?.textContent) !== '', 'the change');
    expect(normalize(el.shadowRoot!.querySelector('[part=change]')!.textContent)).to.equal('▲ significant rise: +15 pts vs the previous week (95 %: +4.3 pts … +25.7 pts)');
    expect(normalize(el.shadowRoot!.querySelector('[part=chart]')!.getAttribute('aria-label'))).to.contain('▲ significant rise: +15 pts vs the previous week');
    // By month the weeks are April and May: the same two groups of answers, in French.
    const fr = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="fr" compare="previous" interval="month" data=${JSON.stringify(data)}></kpi-nps-gauge>`);
    await until(() => normalize(fr.shadowRoot!.querySelector('[part=change]')?.textContent) !== '', 'the change');
    expect(normalize(fr.shadowRoot!.querySelector('[part=change]')!.textContent)).to.equal('▲ hausse significative : +15 pts par rapport au mois précédent (95 % : +4,3 pts … +25,7 pts)');
    // By quarter both are 2026-Q2: nothing to compare with, said so.
    const quarter = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="fr" compare="previous" interval="quarter" data=${JSON.stringify(data)}></kpi-nps-gauge>`);
    await until(() => normalize(quarter.shadowRoot!.querySelector('[part=change]')?.textContent) !== '', 'the change');
    expect(normalize(quarter.shadowRoot!.querySelector('[part=change]')!.textContent)).to.equal('pas de période précédente à comparer (au trimestre précédent)');
    // An `at` the trend refuses: the gauge keeps its figures and says why there is no change, naming the field.
    const bad = { responses: [{ metric: 'nps', score: 9, at: '2026-05-01T10:00:00Z' }, { metric: 'nps', score: 3, at: 'last tuesday' }] };
    const refused = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" compare="previous" data=${JSON.stringify(bad)}></kpi-nps-gauge>`);
    await until(() => normalize(refused.shadowRoot!.querySelector('[part=change]')?.textContent) !== '', 'the change');
    expect(normalize(refused.shadowRoot!.querySelector('[part=change]')!.textContent)).to.match(/^no change to show: responses\[1\]\.at: "last tuesday"/);
    // 9 and 3: one promoter, one detractor, NPS 100 · (1 − 1) / 2 = 0 (no sign for zero).
    expect(normalize(refused.shadowRoot!.querySelector('[part=score]')!.textContent)).to.equal('0');
    // Without compare, no line (and the trend engine is not loaded).
    const plain = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" data=${JSON.stringify(data)}></kpi-nps-gauge>`);
    expect(plain.shadowRoot!.querySelector('[part=change]')).to.equal(null);
  });
});
