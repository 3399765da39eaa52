import { expect } from '@open-wc/testing';
import { html } from 'lit';
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

  it('shows NPS per channel with its margin of error, on a −100…+100 axis', async () => {
    // chat: 3 promoters, 1 detractor of 40 (36 passives) → +5; margin 196·√((0.1 − 0.05²)/40) = 9.68
    const data = { histograms: [{ metric: 'nps', channel: 'chat', counts: { '10': 3, '8': 36, '0': 1 } }] };
    const el = await mount<KpiChannelCsat>(html`<kpi-channel-csat lang="fr" metric="nps" data=${JSON.stringify(data)}></kpi-channel-csat>`);
    expect(tableRows(el)).to.deep.equal([['chat', '+5', '-4,7 – +14,7', '40']]);
    const ticks = [...el.shadowRoot!.querySelectorAll('.tick text')].map((t) => t.textContent);
    expect(ticks[0]).to.equal('-100');
    expect(ticks.at(-1)).to.equal('+100');
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

  it('at 320 px in French, notes and flags stay clear of the value column', async () => {
    const data = { histograms: [...seeds.histograms, csatHistogram('social', 9, 10)] };
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 320px"><kpi-channel-csat lang="fr" target="80" data=${JSON.stringify(data)}></kpi-channel-csat></div>`);
    const el = wrapper.querySelector('kpi-channel-csat')!;
    const plot = el.shadowRoot!.querySelector('.plot')!;
    await until(() => el.shadowRoot!.querySelector('svg')!.getAttribute('width') === String(Math.round(plot.getBoundingClientRect().width)), 'svg matches its box');
    const valueX = Number(el.shadowRoot!.querySelector('.n')!.getAttribute('x'));
    const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.note, .flag')];
    // store and email within the margin of 80 (≈), phone below (▼), social too few.
    expect(texts.map((t) => t.getAttribute('class'))).to.deep.equal(['flag', 'flag', 'flag', 'note']);
    for (const t of texts) {
      const box = t.getBBox();
      expect(box.x + box.width, t.textContent!).to.be.at.most(valueX);
    }
    // "trop peu de réponses (moins de 30)" does not fit: the short form shows, the full one is its tooltip.
    const note = el.shadowRoot!.querySelector('.note')!;
    expect(note.querySelector('title')!.textContent).to.equal('trop peu de réponses (moins de 30)');
    const shown = [...note.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
    expect(shown).to.match(/^trop peu de/);
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
});
