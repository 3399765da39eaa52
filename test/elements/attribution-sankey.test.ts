import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/kpi-attribution-sankey.js';
import type { KpiErrorDetail } from '../../src/data/events.js';
import type { KpiAttributionSankey } from '../../src/elements/attribution-sankey/attribution-sankey.component.js';
import { mount, normalize, record, shadowText, until } from '../helpers.js';

/**
 * 10 journeys, 4 conversions worth 350:
 *   email > search     3 conversions (300), 2 nulls → 5 journeys
 *   search             1 conversion (50)            → 1 journey
 *   display > email    0 conversions, 4 nulls       → 4 journeys
 */
const JOURNEYS = {
  journeys: [
    { path: 'email > search', conversions: 3, value: 300, nulls: 2 },
    { path: ['search'], conversions: 1, value: 50 },
    { path: 'display > email', conversions: 0, nulls: 4 },
  ],
};
const DATA = JSON.stringify(JOURNEYS);

const root = (el: Element) => el.shadowRoot!;
const rowsOf = (el: Element, selector: string) => [...root(el).querySelectorAll(`${selector} tbody tr`)].map((tr) => [...tr.children].map((c) => normalize(c.textContent)));
const label = (el: Element) => normalize(root(el).querySelector('svg.chart')!.getAttribute('aria-label'));
const tooltip = (el: Element) => [...root(el).querySelectorAll('.tooltip text')].map((t) => normalize(t.textContent));
const focusedId = (el: Element) => (root(el).activeElement as SVGElement | null)?.dataset.id;

/** Waits for the visually hidden tables, which follow the chart by one task (or for the empty / error state). */
async function ready(el: KpiAttributionSankey) {
  await until(() => el.status !== 'ready' || root(el).querySelector('.links-table') !== null, 'the hidden tables');
  await el.updateComplete;
}

async function sankey(attrs = '', data = DATA, lang = 'en'): Promise<KpiAttributionSankey> {
  const el = document.createElement('kpi-attribution-sankey');
  el.setAttribute('lang', lang);
  el.setAttribute('data', data);
  for (const [, k, v] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(k!, v!);
  await mount<HTMLDivElement>(html`<div style="width: 900px">${el}</div>`);
  await ready(el);
  return el;
}

describe('<kpi-attribution-sankey>', () => {
  it('keeps its height when the data arrives: the loading skeleton is within 10 % of a six-channel Sankey at 240, 390 and 1280 px', async () => {
    // The catalogue's sample (stories/attribution-sankey.stories.ts): six channels, up to three steps, what the skeleton is sized for.
    const sample = JSON.stringify({
      journeys: [
        { path: 'search', conversions: 48, value: 3120, nulls: 152 },
        { path: 'email > search', conversions: 36, value: 2700, nulls: 64 },
        { path: 'display > email > search', conversions: 22, value: 1870, nulls: 78 },
        { path: 'social > display', conversions: 6, value: 390, nulls: 114 },
        { path: 'social > search', conversions: 14, value: 980, nulls: 46 },
        { path: 'display', conversions: 3, value: 150, nulls: 147 },
        { path: 'email', conversions: 18, value: 1080, nulls: 72 },
        { path: 'affiliate > email > search', conversions: 9, value: 810, nulls: 21 },
        { path: 'customer-service-callback > email', conversions: 4, value: 260, nulls: 26 },
      ],
    });
    for (const lang of ['en', 'fr']) {
      for (const width of [240, 390, 1280]) {
        const box = await mount<HTMLDivElement>(
          html`<div style="width: ${width}px"><kpi-attribution-sankey lang=${lang}></kpi-attribution-sankey><kpi-attribution-sankey lang=${lang} data=${sample}></kpi-attribution-sankey></div>`,
        );
        const [loading, drawn] = [...box.querySelectorAll<KpiAttributionSankey>('kpi-attribution-sankey')] as [KpiAttributionSankey, KpiAttributionSankey];
        await ready(drawn);
        expect(loading.status).to.equal('loading');
        const [a, b] = [loading.getBoundingClientRect().height, drawn.getBoundingClientRect().height];
        expect(Math.abs(a - b) / b, `${lang} ${width}px: ${a} vs ${b}`).to.be.at.most(0.1);
      }
    }
  });

  it('draws step-indexed nodes and the links with their journeys and conversions, by hand', async () => {
    const el = await sankey();
    const labels = [...root(el).querySelectorAll('.node .label')].map((t) => t.lastChild!.textContent);
    // Beside its node a channel's name is enough: the column headings say the step.
    expect(labels).to.have.members(['email', 'search', 'display', 'search', 'email', 'conversion', 'no conversion']);
    expect([...root(el).querySelectorAll('.heading')].map((t) => normalize(t.textContent))).to.deep.equal(['1st touch', '2nd touch', 'Outcome']);
    // Screen readers still hear the step in each node's name.
    expect(root(el).querySelector('.hit[data-id="search@2"]')!.getAttribute('aria-label')).to.equal('search · 2');
    // Every journey moves one step at a time; its last touch goes to conversion (its conversions) and no conversion (its nulls).
    expect(rowsOf(el, '.links-table')).to.deep.equal([
      ['search · 1', 'conversion', '1', '1', '€50'],
      ['email · 1', 'search · 2', '5', '3', '€300'],
      ['display · 1', 'email · 2', '4', '0', '€0'],
      ['search · 2', 'conversion', '3', '3', '€300'],
      ['search · 2', 'no conversion', '2', '0', '€0'],
      ['email · 2', 'no conversion', '4', '0', '€0'],
    ]);
  });

  it('attributes conversions under last touch (the default) and linear', async () => {
    const el = await sankey();
    expect(el.getAttribute('model')).to.equal('last-touch');
    // Last touch: search ends both converting paths → 3 + 1 = 4 conversions, 300 + 50 = 350 (euros by default).
    // Whole numbers in every column: no fraction digits.
    expect(rowsOf(el, '.attribution-table')).to.deep.equal([
      ['search', '4', '€350', '100%'],
      ['display', '0', '€0', '0%'],
      ['email', '0', '€0', '0%'],
    ]);
    el.model = 'linear';
    await el.updateComplete;
    // Linear: email > search splits 3 conversions (300) in halves; search alone keeps 1 (50).
    // One digit rule per column: 2.5 and 1.5 need one, so display's 0 is 0.0 too; the values are whole.
    expect(rowsOf(el, '.attribution-table')).to.deep.equal([
      ['search', '2.5', '€200', '62.5%'],
      ['email', '1.5', '€150', '37.5%'],
      ['display', '0.0', '€0', '0.0%'],
    ]);
    expect(shadowText(el, '.shares')).to.contain('search 62.5%');
    expect(shadowText(el, '.shares')).to.contain('2.5 conversions · value €200');
  });

  it('switches the model from its select with the keyboard, reflecting `model` and firing change', async () => {
    const el = await sankey();
    const changes = record(el, 'change');
    const select = root(el).querySelector('select')!;
    expect(normalize(root(el).querySelector('label[for=model]')!.textContent)).to.equal('Attribution model');
    select.focus();
    await sendKeys({ press: 'Home' }); // first touch
    await el.updateComplete;
    await until(() => el.model === 'first-touch', 'model follows the select');
    expect(el.getAttribute('model')).to.equal('first-touch');
    expect(changes.length).to.equal(1);
    // First touch: email starts the 3 converting email > search journeys, search the 1 alone.
    expect(rowsOf(el, '.attribution-table').map((r) => r.slice(0, 2))).to.deep.equal([
      ['email', '3'],
      ['search', '1'],
      ['display', '0'],
    ]);
    await sendKeys({ press: 'ArrowDown' }); // last touch
    await until(() => el.model === 'last-touch', 'next model');
    expect(rowsOf(el, '.attribution-table')[0]!.slice(0, 2)).to.deep.equal(['search', '4']);
    expect(changes.length).to.equal(2);
  });

  it('shows Markov removal effects, solved by hand', async () => {
    // Chain: start → email 5/10, search 1/10, display 4/10; email → search 5/9, null 4/9;
    // search → conversion 4/6; display → email 1. P(conversion) = 2/3 · (0.9 · 5/9 + 0.1) = 0.4.
    // Without email: 0.1 · 2/3 = 1/15 → effect 1 − (1/15)/0.4 = 5/6 = 83.3 %.
    // Without search: 0 → 100 %. Without display: 2/3 · (0.5 · 5/9 + 0.1) = 34/135 → 1 − 34/54 = 10/27 = 37 %.
    // Shares 5/6 : 1 : 10/27 = 45 : 54 : 20 of 119 → conversions 4 · 54/119 = 1.82, 4 · 45/119 = 1.51, 4 · 20/119 = 0.67
    // (one fraction digit: 1.8, 1.5, 0.7), values 350 · 54/119 = 158.82, 350 · 45/119 = 132.35, 350 · 20/119 = 58.82 (cents);
    // removal effects 100 %, 83.3 %, 37.0 % (one digit for the column, as 83.3 needs it).
    const el = await sankey('model="markov"');
    expect(rowsOf(el, '.attribution-table')).to.deep.equal([
      ['search', '1.8', '€158.82', '45.4%', '100.0%'],
      ['email', '1.5', '€132.35', '37.8%', '83.3%'],
      ['display', '0.7', '€58.82', '16.8%', '37.0%'],
    ]);
    expect(normalize(root(el).querySelector('.removal h4')!.textContent)).to.equal('Removal effect: conversions lost without the channel');
    expect([...root(el).querySelectorAll('.removal li')].map((li) => normalize(li.textContent))).to.deep.equal(['search 100.0%', 'email 83.3%', 'display 37.0%']);
  });

  it('compares every model the data allows, side by side, and says where they disagree', async () => {
    const el = await sankey('view="compare"');
    const head = [...root(el).querySelectorAll('.compare thead th')].map((th) => normalize(th.textContent));
    // No touch times: time decay is left out.
    expect(head).to.deep.equal(['Channel', 'first touch', 'last touch', 'linear', 'position-based', 'Markov chain', 'Shapley value', 'Spread (highest − lowest)']);
    // email: 3/4, 0, 1.5/4, 1.5/4 (two touches: 50/50), 45/119, 1.5/4 (split between its two channels);
    // search: 1/4, 4/4, 2.5/4, 2.5/4, 54/119, 2.5/4; display: 0 but Markov 20/119.
    // One digit rule per column: first and last touch are whole (75, 25, 100, 0); the others need one digit,
    // display's 0 included; the spreads 75 and 16.8 share one digit too.
    expect(rowsOf(el, '.compare')).to.deep.equal([
      ['email', '75%', '0%', '37.5%', '37.5%', '37.8%', '37.5%', '75.0 pts ≠ models disagree'],
      ['search', '25%', '100%', '62.5%', '62.5%', '45.4%', '62.5%', '75.0 pts ≠ models disagree'],
      ['display', '0%', '0%', '0.0%', '0.0%', '16.8%', '0.0%', '16.8 pts ≠ models disagree'],
    ]);
    expect(root(el).querySelector('select')).to.equal(null);
  });

  it('says which models agree: a single-channel journey set has no spread', async () => {
    const el = await sankey('view="compare"', JSON.stringify({ journeys: [{ path: 'email', conversions: 2, nulls: 1 }] }));
    expect(rowsOf(el, '.compare')).to.deep.equal([['email', '100%', '100%', '100%', '100%', '100%', '100%', '0 pts']]);
  });

  it('summarises the chart: totals, conversion rate, top paths and top channel', async () => {
    const el = await sankey();
    expect(root(el).querySelector('svg.chart')!.getAttribute('role')).to.equal('img');
    expect(label(el)).to.equal(
      'Customer journeys and attribution: 10 journeys, 4 conversions, conversion rate 40%; ' +
        'top paths: email → search (5 journeys), display → email (4 journeys), search (1 journey); ' +
        'top channel under last touch: search, 4 conversions (100%)',
    );
  });

  it('moves across nodes with the keyboard, one tab stop, and shows the focused node’s tooltip', async () => {
    const el = await sankey();
    const stops = [...root(el).querySelectorAll('.hit')].filter((r) => r.getAttribute('tabindex') === '0');
    expect(stops.length).to.equal(1);
    root(el).querySelector('select')!.blur();
    // Tab from before the element: the first stop is the largest first-step node.
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('email@1');
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal(['email · 1', '5 journeys, 3 conversions, value €300', '→ search · 2: 5 journeys, 3 conversions']);
    // Column 1 is ordered by conversions, so converting paths sit together: email (3), search (1), display (0).
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el)).to.equal('search@1');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el)).to.equal('display@1');
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal(['display · 1', '4 journeys, 0 conversions, value €0', '→ email · 2: 4 journeys, 0 conversions']);
    // Right: the next step's node at the same height, where display's journeys go.
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(el)).to.equal('email@2');
    await el.updateComplete;
    expect(tooltip(el)[0]).to.equal('email · 2');
    expect(root(el).querySelector('.hit[data-id="email@2"]')!.getAttribute('aria-label')).to.equal('email · 2; 4 journeys, 0 conversions, value €0; → no conversion: 4 journeys, 0 conversions');
    // The paths through email · 2 are lit: display · 1 → email · 2 → no conversion.
    expect([...root(el).querySelectorAll('.link.lit')].length).to.equal(2);
    // Escape hides the tooltip without moving focus (WCAG 1.4.13).
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal([]);
    expect(focusedId(el)).to.equal('email@2');
    await sendKeys({ press: 'End' });
    expect(focusedId(el)).to.equal('no conversion');
    await sendKeys({ press: 'Home' });
    expect(focusedId(el)).to.equal('email@1');
    expect([...root(el).querySelectorAll('.hit')].filter((r) => r.getAttribute('tabindex') === '0').map((r) => (r as SVGElement).dataset.id)).to.deep.equal(['email@1']);
    before.remove();
  });

  it('shows a link’s tooltip on hover', async () => {
    const el = await sankey();
    const link = [...root(el).querySelectorAll('.link')][1]!; // email · 1 → search · 2
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal(['email · 1 → search · 2', '5 journeys, 3 conversions, value €300']);
    link.parentElement!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal([]);
  });

  it('lists a node’s four largest onward links in its tooltip, and how many more', async () => {
    // a@1 goes on to b, c, d, e and f (2, 3, 4, 5 and 6 journeys) and ends there once.
    const rows = ['b', 'c', 'd', 'e', 'f'].map((c, i) => ({ path: ['a', c], conversions: 0, nulls: i + 2 }));
    const el = await sankey('', JSON.stringify({ journeys: [...rows, { path: 'a', conversions: 1 }] }));
    root(el).querySelector('.hit[data-id="a@1"]')!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(tooltip(el)).to.deep.equal([
      'a · 1',
      '21 journeys, 1 conversion',
      '→ f · 2: 6 journeys, 0 conversions',
      '→ e · 2: 5 journeys, 0 conversions',
      '→ d · 2: 4 journeys, 0 conversions',
      '→ c · 2: 3 journeys, 0 conversions',
      '→ 2 more steps',
    ]);
  });

  it('truncates long channel names, keeping the full name', async () => {
    const name = 'customer-service-callback-after-a-missed-call';
    const el = await sankey('', JSON.stringify({ journeys: [{ path: [name, 'email', 'search', 'store'], conversions: 1, nulls: 1 }] }));
    const text = [...root(el).querySelectorAll('.node .label')].find((t) => t.querySelector('title')?.textContent === `${name} · 1`)!;
    // The step is in the column heading, the full name and step in the label's tooltip.
    expect(text.lastChild!.textContent).to.match(/^customer.*…$/);
    expect(rowsOf(el, '.links-table')[0]![0]).to.equal(`${name} · 1`);
    expect(rowsOf(el, '.attribution-table').map((r) => r[0])).to.include(name);
  });

  it('speaks French', async () => {
    const el = await sankey('', DATA, 'fr');
    expect(shadowText(el, '[part=title]')).to.equal('Parcours clients et attribution');
    expect(rowsOf(el, '.links-table').at(-1)).to.deep.equal(['email · 2', 'sans conversion', '4', '0', '0 €']);
    expect(label(el)).to.match(/^Parcours clients et attribution: 10 parcours, 4 conversions, taux de conversion 40 %/);
    expect(label(el)).to.contain('premier canal selon le modèle dernier contact : search, 4 conversions (100 %)');
    expect(normalize(root(el).querySelector('label[for=model]')!.textContent)).to.equal('Modèle d’attribution');
  });

  it('names the bad field, fires kpi-error and keeps the last good data', async () => {
    const el = await sankey();
    const errors = record<KpiErrorDetail>(el, 'kpi-error');
    const bad = JSON.parse(DATA);
    bad.journeys[1].conversions = 'one';
    el.setAttribute('data', JSON.stringify(bad));
    await until(() => errors.length === 1, 'kpi-error');
    await el.updateComplete;
    expect(errors[0]!.detail.field).to.equal('journeys[1].conversions');
    expect(shadowText(el, '.stale')).to.contain('journeys[1].conversions — expected a number, got text');
    expect(rowsOf(el, '.links-table').length).to.equal(6);
    const fresh = document.createElement('kpi-attribution-sankey');
    fresh.setAttribute('lang', 'en');
    fresh.setAttribute('data', JSON.stringify(bad));
    await mount(html`${fresh}`);
    await ready(fresh as KpiAttributionSankey);
    expect(shadowText(fresh, '[role=alert]')).to.equal('Cannot show this data. journeys[1].conversions — expected a number, got text');
  });

  it('says so when there is no journey', async () => {
    const el = await sankey('', '{"journeys":[]}');
    expect(shadowText(el, '[part=empty]')).to.equal('No journeys yet');
  });

  it('explains a model the data cannot support without losing the chart', async () => {
    const el = await sankey('model="time-decay"');
    expect(shadowText(el, '.notice')).to.match(/^The time decay model cannot be computed on this data: journeys\[0\]/);
    expect(rowsOf(el, '.links-table').length).to.equal(6);
    const option = root(el).querySelector<HTMLOptionElement>('option[value=time-decay]')!;
    expect(normalize(option.textContent)).to.equal('time decay (needs touch times)');
  });

  it('stacks the Sankey above the attribution under 600 px, beside it above', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="width: 320px"><kpi-attribution-sankey lang="en" data=${DATA}></kpi-attribution-sankey></div>`);
    const el = wrapper.querySelector('kpi-attribution-sankey')!;
    const svgOf = () => root(el).querySelector('svg.chart')!;
    await until(() => root(el).querySelector('.layout.stacked') !== null && svgOf().getBoundingClientRect().width <= 320, 'stacked');
    const plot = root(el).querySelector('.plot')!.getBoundingClientRect();
    const panel = root(el).querySelector('.panel')!.getBoundingClientRect();
    expect(panel.top).to.be.at.least(plot.bottom);
    expect(svgOf().getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    wrapper.style.width = '900px';
    await until(() => root(el).querySelector('.layout.wide') !== null, 'side by side');
    await el.updateComplete;
    const plot2 = root(el).querySelector('.plot')!.getBoundingClientRect();
    const panel2 = root(el).querySelector('.panel')!.getBoundingClientRect();
    expect(panel2.left).to.be.at.least(plot2.left + 100);
    expect(panel2.top).to.be.below(plot2.bottom);
  });

  it('renders hostile channel names as text', async () => {
    const payload = '"><svg onload="window.__pwned=1"><img src=x onerror="window.__pwned=1">';
    const el = await sankey('', JSON.stringify({ journeys: [{ path: [payload], conversions: 1 }] }));
    expect(root(el).querySelectorAll('img, svg svg')).to.have.length(0);
    expect(rowsOf(el, '.attribution-table')[0]![0]).to.equal(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('accessibility (axe)', () => {
    for (const [lang, theme, view, model] of [
      ['en', 'light', 'attribution', 'last-touch'],
      ['fr', 'dark', 'attribution', 'markov'],
      ['fr', 'light', 'compare', 'linear'],
      ['en', 'dark', 'compare', 'shapley'],
    ] as const) {
      it(`has no violations: ${view} ${model}, ${lang}, ${theme}`, async () => {
        const el = await sankey(`theme="${theme}" view="${view}" model="${model}"`, DATA, lang);
        await expect(el).to.be.accessible();
      });
    }
  });
});
