import { expect } from '@open-wc/testing';
import { html, nothing } from 'lit';
import '../../src/kpi-channel-csat.js';
import type { KpiThresholdDetail } from '../../src/data/events.js';
import type { KpiChannelCsat } from '../../src/elements/channel-csat/channel-csat.component.js';
import { mount, normalize, record, until } from '../helpers.js';

/** n answers per channel with `satisfied` of them at 4–5 (the rest at 2). */
const csatHistogram = (channel: string, satisfied: number, n = 100) => ({
  metric: 'csat',
  channel,
  counts: { '5': satisfied, '2': n - satisfied },
});
/** The seeds' example: email 75 %, chat 90 %, phone 60 %, store 85 %. */
const seeds = { histograms: [csatHistogram('email', 75), csatHistogram('chat', 90), csatHistogram('phone', 60), csatHistogram('store', 85)] };

const tableRows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => normalize(c.textContent)));
const label = (el: Element) => normalize(el.shadowRoot!.querySelector('[part=chart]')!.getAttribute('aria-label'));

describe('<kpi-channel-csat>', () => {
  it('ranks the seeds’ channels by CSAT with Wilson intervals and flags those under target', async () => {
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" target="80" data=${JSON.stringify(seeds)}></kpi-channel-csat>`);
    // Wilson 95 %, n = 100: 90 → [82.6, 94.5], 85 → [76.7, 90.7], 75 → [65.7, 82.5], 60 → [50.2, 69.1].
    // Against 80: chat's interval is all ≥ 80 (met), store's and email's contain 80 (within the margin), phone's is all < 80 (below).
    expect(tableRows(el)).to.deep.equal([
      ['chat', '90%', '82.6% – 94.5%', '100', 'meets target'],
      ['store', '85%', '76.7% – 90.7%', '100', 'within the margin of the target'],
      ['email', '75%', '65.7% – 82.5%', '100', 'within the margin of the target'],
      ['phone', '60%', '50.2% – 69.1%', '100', 'below target'],
    ]);
    expect(el.rows.map((r) => r.status)).to.deep.equal(['met', 'within-margin', 'within-margin', 'below']);
    expect(label(el)).to.equal('Satisfaction (CSAT) by channel, 4 groups, best chat 90%, lowest phone 60%, 1 below the target of 80%, 2 within its margin');
    const names = (selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((t) => t.lastChild!.textContent);
    expect(names('g.row.below .label')).to.deep.equal(['phone']);
    expect(names('g.row.within-margin .label')).to.deep.equal(['store', 'email']);
    // Not colour alone: each flagged row says so in words with its own symbol, and a within-margin bar is outlined (dashed), not solid.
    expect(el.shadowRoot!.querySelector('g.row.below .flag')!.textContent).to.equal('▼ below target');
    const within = el.shadowRoot!.querySelector('g.row.within-margin .flag')!;
    expect(within.querySelector('title')?.textContent ?? within.textContent).to.equal('≈ within the margin of the target');
    const bar = getComputedStyle(el.shadowRoot!.querySelector('g.row.within-margin .bar')!);
    expect(bar.strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('g.row.below .bar')!).strokeDasharray).to.equal('none');
  });

  it('shows groups with fewer than min-n answers greyed, unranked, at the end', async () => {
    const data = { histograms: [...seeds.histograms, csatHistogram('social', 9, 10)] };
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" target="80" data=${JSON.stringify(data)}></kpi-channel-csat>`);
    const rows = tableRows(el);
    expect(rows.at(-1)).to.deep.equal(['social', 'too few answers (under 30)', '', '10', '']);
    expect(el.shadowRoot!.querySelector('g.too-few .note')!.textContent).to.equal('too few answers (under 30)');
    el.minN = 5;
    await el.updateComplete;
    // With min-n 5, social (90 %) ranks first, tied with chat: ties go by name.
    expect(tableRows(el).map((r) => r[0])).to.deep.equal(['chat', 'social', 'store', 'email', 'phone']);
  });

  it('sorts by name or by n', async () => {
    const data = { histograms: [csatHistogram('b', 20, 40), csatHistogram('a', 80, 200), csatHistogram('c', 70, 90)] };
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" sort="name" data=${JSON.stringify(data)}></kpi-channel-csat>`);
    expect(tableRows(el).map((r) => r[0])).to.deep.equal(['a', 'b', 'c']);
    el.sort = 'n';
    await el.updateComplete;
    expect(tableRows(el).map((r) => r[0])).to.deep.equal(['a', 'c', 'b']);
  });

  it('names the best and the lowest group by score, whatever the bar order', async () => {
    for (const sort of ['name', 'n']) {
      const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" sort=${sort} data=${JSON.stringify(seeds)}></kpi-channel-csat>`);
      expect(label(el)).to.equal('Satisfaction (CSAT) by channel, 4 groups, best chat 90%, lowest phone 60%');
    }
  });

  it('shows NPS per channel with its margin of error, on an axis fitted to the data (not −100…+100)', async () => {
    // chat: 3 promoters, 1 detractor of 40 (36 passives) → +5; margin 196·√((0.1 − 0.05²)/40) = 9.68
    const data = { histograms: [{ metric: 'nps', channel: 'chat', counts: { '10': 3, '8': 36, '0': 1 } }] };
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="fr" metric="nps" data=${JSON.stringify(data)}></kpi-channel-csat>`);
    expect(tableRows(el)).to.deep.equal([['chat', '+5', '\u22124,7 – +14,7', '40']]); // U+2212, the typographic minus
    const ticks = [...el.shadowRoot!.querySelectorAll('.tick text')].map((t) => t.textContent!);
    const values = ticks.map((t) => Number(t.replace('\u2212', '-').replace(',', '.')));
    // The axis holds 0 and the interval −4.7 … +14.7 with round ends, and not much more.
    expect(values[0]).to.be.at.most(-4.7);
    expect(values.at(-1)).to.be.at.least(14.7);
    expect(values.at(-1)! - values[0]!).to.be.at.most(40);
    expect(values).to.include(0);
    expect(ticks[0]!.startsWith('\u2212'), ticks[0]).to.equal(true);
    expect(normalize(el.shadowRoot!.querySelector('[part=title]')!.textContent)).to.equal('Net Promoter Score par canal');
  });

  it('shows CES with its t-interval and says which way is better', async () => {
    // chat: 7, 6, 5, 4, 3 (repeated 6 times: n = 30) → mean 5, sd = √(60/29) = 1.4384,
    // t(0.975, 29) = 2.045 → half-width 2.045 · 1.4384 / √30 = 0.537 → [4.46, 5.54]
    const counts = { '7': 6, '6': 6, '5': 6, '4': 6, '3': 6 };
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" metric="ces" data=${JSON.stringify({ histograms: [{ metric: 'ces', channel: 'chat', counts }] })}></kpi-channel-csat>`);
    expect(tableRows(el)).to.deep.equal([['chat', '5', '4.46 – 5.54', '30']]);
    expect(normalize(el.shadowRoot!.querySelector('[part=direction]')!.textContent)).to.equal('higher is easier (better)');
    el.lowerIsEasier = true;
    await el.updateComplete;
    expect(normalize(el.shadowRoot!.querySelector('[part=direction]')!.textContent)).to.equal('lower is easier (better)');
  });

  it('ranks CES best first by its polarity, and flags the worse side of the target', async () => {
    const ces = (channel: string, score: number) => ({ metric: 'ces', channel, counts: { [String(score)]: 40 } });
    const data = { histograms: [ces('phone', 5), ces('chat', 2), ces('email', 3)] };
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" metric="ces" lower-is-easier target="3" data=${JSON.stringify(data)}></kpi-channel-csat>`);
    // Lower is easier: chat (2) is best; phone (5) is above the target of 3, which is the bad side.
    expect(tableRows(el).map((r) => [r[0], r[4]])).to.deep.equal([
      ['chat', 'meets target'],
      ['email', 'meets target'],
      ['phone', 'below target'],
    ]);
  });

  it('groups by touchpoint with `by`', async () => {
    const responses = [
      ...Array.from({ length: 30 }, () => ({ metric: 'csat', score: 5, channel: 'chat', touchpoint: 'after-chat' })),
      ...Array.from({ length: 30 }, () => ({ metric: 'csat', score: 1, channel: 'chat', touchpoint: 'faq' })),
    ];
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" by="touchpoint" data=${JSON.stringify({ responses })}></kpi-channel-csat>`);
    expect(tableRows(el).map((r) => [r[0], r[1]])).to.deep.equal([
      ['after-chat', '100%'],
      ['faq', '0%'],
    ]);
    expect(el.shadowRoot!.querySelector('th')!.textContent).to.equal('Touchpoint');
    expect(normalize(el.shadowRoot!.querySelector('[part=title]')!.textContent)).to.equal('Satisfaction (CSAT) by touchpoint');
  });

  it('fires kpi-threshold per channel when it crosses the target', async () => {
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat target="80"></kpi-channel-csat>`);
    const events = record<KpiThresholdDetail>(el, 'kpi-threshold');
    el.data = seeds;
    await el.updateComplete;
    expect(events.map((e) => [e.detail.key, e.detail.side, e.detail.previous])).to.deep.equal([
      ['chat', 'above', null],
      ['store', 'above', null],
      ['email', 'below', null],
      ['phone', 'below', null],
    ]);
    events.length = 0;
    el.data = { histograms: [csatHistogram('email', 82), csatHistogram('chat', 91), csatHistogram('phone', 61), csatHistogram('store', 85)] };
    await el.updateComplete;
    expect(events.map((e) => [e.detail.key, e.detail.side, e.detail.previous, e.detail.value])).to.deep.equal([['email', 'above', 'below', 82]]);
  });

  it('truncates long names, keeping the full name for pointer and screen reader', async () => {
    const name = 'customer-service-callback-after-a-missed-call';
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" data=${JSON.stringify({ histograms: [csatHistogram(name, 80)] })}></kpi-channel-csat>`);
    const text = el.shadowRoot!.querySelector('.label')!;
    expect(text.querySelector('title')!.textContent).to.equal(name);
    expect(text.lastChild!.textContent!.endsWith('…')).to.equal(true);
    expect(tableRows(el)[0]![0]).to.equal(name);
  });

  it('lays out for its own width, down to 320 px', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 320px"><kpi-channel-csat lang="en" data=${JSON.stringify(seeds)}></kpi-channel-csat></div>`);
    const el = wrapper.querySelector('kpi-channel-csat')!;
    const plot = el.shadowRoot!.querySelector('.plot')!;
    // Measured before the first drawing: right at its width once the update is complete, no redraw needed.
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal(String(Math.round(plot.getBoundingClientRect().width)));
    expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
    wrapper.style.width = '700px';
    await until(() => el.shadowRoot!.querySelector('svg')!.getAttribute('width') === String(Math.round(plot.getBoundingClientRect().width)), 'follows a resize');
  });

  it('no text overlaps another, a bar, or the edges, from 240 to 1280 px, in French and English', async () => {
    // Long names, a too-few row, the three target states (long French notes), four-digit n.
    const data = {
      histograms: [
        ...seeds.histograms,
        csatHistogram('social', 9, 10),
        csatHistogram('service-client-rappel-apres-appel-manque', 70, 1600),
      ],
    };
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    for (const lang of ['fr', 'en']) {
      for (const width of [240, 280, 320, 390, 480, 560, 640, 800, 1024, 1280]) {
        const wrapper = await mount<HTMLDivElement>(html`<div style="width: ${width}px"><kpi-channel-csat lang=${lang} target="80" data=${JSON.stringify(data)}></kpi-channel-csat></div>`);
        const el = wrapper.querySelector('kpi-channel-csat')!;
        await el.updateComplete;
        const root = el.shadowRoot!;
        const svgBox = root.querySelector('svg.chart')!.getBoundingClientRect();
        const texts = [...root.querySelectorAll<SVGTextElement>('svg.chart text')];
        const marks = [...root.querySelectorAll<SVGGraphicsElement>('svg.chart rect.bar, svg.chart rect.swatch')];
        expect(texts.length, `${lang} ${width}px`).to.be.greaterThan(20);
        for (const [i, t] of texts.entries()) {
          const box = t.getBoundingClientRect();
          const what = `${lang} ${width}px "${t.textContent}"`;
          expect(box.left, `${what} inside on the left`).to.be.at.least(svgBox.left - 0.5);
          expect(box.right, `${what} inside on the right`).to.be.at.most(svgBox.right + 0.5);
          for (const other of texts.slice(i + 1)) expect(overlap(box, other.getBoundingClientRect()), `${what} / "${other.textContent}"`).to.equal(false);
          for (const mark of marks) expect(overlap(box, mark.getBoundingClientRect()), `${what} over a bar`).to.equal(false);
        }
        // The svg is no wider than its box.
        expect(svgBox.right).to.be.at.most(wrapper.getBoundingClientRect().right);
        wrapper.remove();
      }
    }
  });

  it('narrow: a ranked list (text line, the bar full-width under it, the status); wide: columns', async () => {
    const box = await mount<HTMLDivElement>(html`<div>
      <div style="width: 320px"><kpi-channel-csat lang="fr" target="80" data=${JSON.stringify(seeds)}></kpi-channel-csat></div>
      <div style="width: 900px"><kpi-channel-csat lang="fr" target="80" data=${JSON.stringify(seeds)}></kpi-channel-csat></div>
    </div>`);
    const [narrow, wide] = [...box.querySelectorAll('kpi-channel-csat')];
    await narrow!.updateComplete;
    await wide!.updateComplete;
    expect(narrow!.shadowRoot!.querySelector('.plot')!.classList.contains('list')).to.equal(true);
    expect(wide!.shadowRoot!.querySelector('.plot')!.classList.contains('columns')).to.equal(true);
    // In the list, a row's label and value share a line above the bar, and the bar spans the chart.
    const row = narrow!.shadowRoot!.querySelector('g.row')!;
    const [label, value, bar] = ['.label', '.value', '.bar'].map((q) => row.querySelector(q)!.getBoundingClientRect());
    expect(Math.abs(label!.bottom - value!.bottom)).to.be.below(2);
    expect(bar!.top).to.be.at.least(label!.bottom - 1);
    // French notes in words with their symbol, on every ranked row.
    expect([...narrow!.shadowRoot!.querySelectorAll('.flag')].map((f) => f.querySelector('title')?.textContent ?? f.textContent)).to.deep.equal([
      '✓ objectif atteint',
      '≈ dans la marge de l’objectif',
      '≈ dans la marge de l’objectif',
      '▼ sous l’objectif',
    ]);
  });

  it('no halo on the status notes: a bar below target keeps its shape', async () => {
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="fr" target="80" data=${JSON.stringify(seeds)}></kpi-channel-csat>`);
    const flag = getComputedStyle(el.shadowRoot!.querySelector('g.row.below .flag')!);
    expect(flag.stroke).to.equal('none');
    const bar = el.shadowRoot!.querySelector('g.row.below .bar')!.getBoundingClientRect();
    for (const t of el.shadowRoot!.querySelectorAll('svg.chart text')) {
      const b = t.getBoundingClientRect();
      expect(b.left < bar.right && bar.left < b.right && b.top < bar.bottom && bar.top < b.bottom, t.textContent!).to.equal(false);
    }
  });

  it('one fraction-digit rule for the value column: 82,0 % beside 91,2 %', async () => {
    // 820 of 1000 → 82 %, 912 of 1000 → 91.2 %: the column shows one digit for both.
    const data = { histograms: [csatHistogram('email', 820, 1000), csatHistogram('chat', 912, 1000)] };
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="fr" data=${JSON.stringify(data)}></kpi-channel-csat>`);
    expect([...el.shadowRoot!.querySelectorAll('.value')].map((v) => normalize(v.textContent))).to.deep.equal(['91,2 %', '82,0 %']);
    // Whole numbers stay whole: 90 % beside 60 %.
    const whole = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="fr" data=${JSON.stringify(seeds)}></kpi-channel-csat>`);
    expect([...whole.shadowRoot!.querySelectorAll('.value')].map((v) => normalize(v.textContent))).to.deep.equal(['90 %', '85 %', '75 %', '60 %']);
  });

  it('gives each channel its swatch from the shared palette; the bar keeps the status colour', async () => {
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" target="80" data=${JSON.stringify(seeds)}></kpi-channel-csat>`);
    // Fixed slots: chat 6, store 8, email 0, phone 7 (src/theme/channel-palette.ts).
    const swatches = [...el.shadowRoot!.querySelectorAll('rect.swatch')];
    expect(swatches.map((r) => r.getAttribute('class'))).to.deep.equal(['swatch ch-6', 'swatch ch-8', 'swatch ch-0', 'swatch ch-7']);
    // Coloured by class, not by a style attribute (which a strict Content-Security-Policy blocks): four distinct palette colours.
    expect(swatches.every((r) => !r.hasAttribute('style'))).to.equal(true);
    const fills = swatches.map((r) => getComputedStyle(r).fill);
    expect(new Set(fills).size, fills.join(' ')).to.equal(4);
    const fill = (q: string) => getComputedStyle(el.shadowRoot!.querySelector(q)!).fill;
    expect(fill('g.row.met .bar')).to.not.equal(fill('g.row.below .bar'));
    expect(fill('g.row.met .bar')).to.not.equal(fill('g.row.met .swatch'));
    // Touchpoints are not channels: no swatch.
    const responses = Array.from({ length: 30 }, () => ({ metric: 'csat', score: 5, channel: 'chat', touchpoint: 'faq' }));
    const byTouchpoint = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" by="touchpoint" data=${JSON.stringify({ responses })}></kpi-channel-csat>`);
    expect(byTouchpoint.shadowRoot!.querySelectorAll('rect.swatch')).to.have.length(0);
  });

  it('keeps its height when the data arrives: the loading ghost is within 10 % of the drawn chart at 240, 390 and 1280 px', async () => {
    // Six channels, the ghost's row count before any data (the kit's sample has six).
    const six = { histograms: [...seeds.histograms, csatHistogram('app', 80), csatHistogram('social', 70)] };
    for (const lang of ['en', 'fr']) {
      for (const target of [null, '80']) {
        for (const width of [240, 390, 1280]) {
          // Without input the element shows its loading state (as while `src` loads).
          const box = await mount<HTMLDivElement>(
            html`<div style="width: ${width}px"><kpi-channel-csat lang=${lang} target=${target ?? nothing}></kpi-channel-csat><kpi-channel-csat lang=${lang} target=${target ?? nothing} data=${JSON.stringify(six)}></kpi-channel-csat></div>`,
          );
          const [loading, drawn] = [...box.querySelectorAll<KpiChannelCsat>('kpi-channel-csat')] as [KpiChannelCsat, KpiChannelCsat];
          await loading.updateComplete;
          await drawn.updateComplete;
          expect(loading.status).to.equal('loading');
          expect(loading.shadowRoot!.querySelector('[part=loading] svg')).not.to.equal(null);
          const [a, b] = [loading.getBoundingClientRect().height, drawn.getBoundingClientRect().height];
          expect(Math.abs(a - b) / b, `${lang} target ${target} ${width}px: ${a} vs ${b}`).to.be.at.most(0.1);
        }
      }
    }
  });

  it('renders hostile channel names as text', async () => {
    const payload = '"><svg onload="window.__pwned=1"><img src=x onerror="window.__pwned=1">';
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat data=${JSON.stringify({ histograms: [csatHistogram(payload, 80)] })}></kpi-channel-csat>`);
    expect(el.shadowRoot!.querySelectorAll('img, svg svg')).to.have.length(0);
    expect(tableRows(el)[0]![0]).to.equal(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says so when there is no answer, and names a bad field', async () => {
    const empty = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" data='{"histograms":[]}'></kpi-channel-csat>`);
    expect(normalize(empty.shadowRoot!.querySelector('[part=empty]')!.textContent)).to.equal('No answers yet');
    const bad = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" data='{"histograms":[{"metric":"csat","counts":{"6":1}}]}'></kpi-channel-csat>`);
    expect(normalize(bad.shadowRoot!.querySelector('[role=alert]')!.textContent)).to.equal(
      'Cannot show this data. histograms[0].counts.6 — must be a whole number from 1 to 5 (got 1)',
    );
  });

  describe('accessibility (axe)', () => {
    for (const [lang, theme, metric] of [
      ['en', 'light', 'csat'],
      ['fr', 'dark', 'csat'],
      ['fr', 'light', 'nps'],
      ['en', 'dark', 'ces'],
    ] as const) {
      it(`has no violations: ${metric}, ${lang}, ${theme}`, async () => {
        const data = { histograms: [...seeds.histograms, { metric: 'nps', channel: 'chat', counts: { '10': 30, '3': 10 } }, { metric: 'ces', channel: 'chat', counts: { '6': 30, '2': 10 } }] };
        const el = await mount<KpiChannelCsat>(
          html`<kpi-channel-csat lang=${lang} theme=${theme} metric=${metric} target="50" data=${JSON.stringify(data)}></kpi-channel-csat>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });

  it('compare="previous": each channel\'s change against the previous week, with its significance, by hand', async () => {
    const answers = (score: number, n: number, day: string, channel: string) => Array.from({ length: n }, () => ({ metric: 'csat', score, channel, at: `${day}T10:00:00Z` }));
    // chat: 160 of 200 satisfied in 2026-W18 (q₁ = 0.8), 190 of 220 in W19 (q₂ = 0.8636):
    // delta = 100 (0.8636 − 0.8) = +6.4, se = 100 √(0.8 · 0.2 / 200 + 0.8636 · 0.1364 / 220) = 3.654, ±1.96 se = 7.162 → −0.8 … +13.5: not significant.
    // email: 40 of 100 → 70 of 100: +30, se = 100 √(0.24 / 100 + 0.21 / 100) = 6.7082, ± 13.148 → +16.9 … +43.1: a significant rise.
    const data = {
      responses: [
        ...answers(5, 160, '2026-04-28', 'chat'), ...answers(2, 40, '2026-04-28', 'chat'), ...answers(4, 190, '2026-05-05', 'chat'), ...answers(1, 30, '2026-05-05', 'chat'),
        ...answers(5, 40, '2026-04-29', 'email'), ...answers(3, 60, '2026-04-29', 'email'), ...answers(4, 70, '2026-05-06', 'email'), ...answers(2, 30, '2026-05-06', 'email'),
      ],
    };
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" compare="previous" data=${JSON.stringify(data)}></kpi-channel-csat>`);
    await until(() => el.shadowRoot!.querySelectorAll('[part=change] li').length === 2, 'the changes');
    expect([...el.shadowRoot!.querySelectorAll('[part=change] li')].map((li) => normalize(li.textContent))).to.deep.equal([
      'chat no significant change: +6.4 pts vs the previous week (95 %: −0.8 pts … +13.5 pts)',
      'email ▲ significant rise: +30 pts vs the previous week (95 %: +16.9 pts … +43.1 pts)',
    ]);
  });
});
