/**
 * Keyboard-only use, with real key presses (the DevTools protocol's, through
 * `sendKeys`): every stop shows a focus indicator that stands out from the card
 * (3:1, WCAG 1.4.11), Tab and Shift+Tab go through each element and out again
 * (no trap, WCAG 2.1.2), and the survey, the Sankey's nodes and its model
 * switcher can be used without a pointer.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KpiAttributionSankey } from '../../src/elements/attribution-sankey/attribution-sankey.component.js';
import type { KpiSurvey } from '../../src/elements/survey/survey.component.js';
import { mount, normalize, record, until } from '../helpers.js';
import { clearSurveyStorage, collector, receivedSoon } from '../survey/helpers.js';
import { describeViolations, runAxe } from './axe.js';
import { contrast, parseColor } from './contrast.js';
import { FLOW, JOURNEYS, mountState, STATES } from './states.js';

/** The innermost focused element, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const describe_ = (e: Element | null) =>
  !e ? 'nothing' : `${e.localName}${e.id ? '#' + e.id : ''}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''}${(e as SVGElement).dataset?.id ? `[${(e as SVGElement).dataset.id}]` : ''}${e.getAttribute('role') === 'radio' ? `(${e.textContent})` : ''}`;

/** The card behind the focused element: the indicator must stand out from it. */
function surface(e: Element): [number, number, number, number] {
  const host = (e.getRootNode() as ShadowRoot).host;
  return parseColor(getComputedStyle(host.shadowRoot!.querySelector('[part=base]')!).backgroundColor)!;
}

/** The focus indicator of the focused element: an outline, or a stroke for SVG; at least 2 px and 3:1 against the card. */
function focusIndicator(e: Element): string {
  const s = getComputedStyle(e);
  const svg = e instanceof SVGElement;
  const [width, color] = svg ? [parseFloat(s.strokeWidth), s.stroke] : [s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth), s.outlineColor];
  const paint = parseColor(color);
  const ratio = paint ? contrast(paint, surface(e)) : 0;
  return width >= 2 && ratio >= 3 ? 'visible' : `${describe_(e)}: ${svg ? 'stroke' : 'outline'} ${width}px ${color}, ${ratio.toFixed(2)}:1`;
}

/** A key, or a chord like `Shift+Tab` (held down around the key: puppeteer presses one key at a time). */
/** axe on the element as the keyboard left it (focus, tooltip, follow-up shown). */
let axeRuns = 0;
async function noViolations(el: Element) {
  axeRuns++;
  expect(describeViolations((await runAxe(el)).violations)).to.equal('');
}

async function press(key: string) {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main! });
  if (modifier) await sendKeys({ up: modifier });
}

/** Tabs from `before` until `after` has the focus, then Shift+Tabs back to `before`: the stops inside, both ways. */
async function tabThrough(before: HTMLElement, after: HTMLElement, max = 20) {
  before.focus();
  const forward: string[] = [];
  const indicators: string[] = [];
  for (let i = 0; i < max && deepActive() !== after; i++) {
    await press('Tab');
    if (deepActive() !== after) {
      forward.push(describe_(deepActive()));
      indicators.push(focusIndicator(deepActive()!));
    }
  }
  expect(deepActive(), 'Tab leaves the element').to.equal(after);
  const backward: string[] = [];
  for (let i = 0; i < max && deepActive() !== before; i++) {
    await press('Shift+Tab');
    if (deepActive() !== before) backward.push(describe_(deepActive()));
  }
  expect(deepActive(), 'Shift+Tab leaves the element').to.equal(before);
  return { forward, backward, indicators };
}

/** A page with a button before and after the element. */
async function between(el: HTMLElement) {
  const wrapper = await mount<HTMLDivElement>(html`<div><button id="before">before</button>${el}<button id="after">after</button></div>`);
  return { before: wrapper.querySelector<HTMLButtonElement>('#before')!, after: wrapper.querySelector<HTMLButtonElement>('#after')! };
}

interface AxNode {
  role?: string;
  name?: string;
  description?: string;
  focused?: boolean;
  checked?: boolean;
  children?: AxNode[];
}

/** The focused node of the browser's accessibility tree. */
async function focusedNode(): Promise<AxNode | undefined> {
  let found: AxNode | undefined;
  const walk = (n: AxNode) => {
    if (n.focused) found = n;
    n.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return found;
}

/** Text of the elements an IDREF list names, as the browser joins them for a name or description. */
const idrefText = (root: ShadowRoot, ids: string | null) =>
  normalize((ids ?? '').split(/\s+/).filter(Boolean).map((id) => root.getElementById(id)?.textContent ?? '').join(' '));

const radios = (el: Element, group = 0) => [...el.shadowRoot!.querySelectorAll('[role=radiogroup]')[group]!.querySelectorAll<HTMLElement>('[role=radio]')];
const checked = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role=radio][aria-checked=true]')].map((r) => r.textContent);

describe('keyboard only', function () {
  this.timeout(20000);
  beforeEach(clearSurveyStorage);
  afterEach(clearSurveyStorage);
  after(() => console.log(`keyboard: ${axeRuns} axe runs in keyboard-reached states`));

  describe('no keyboard trap: Tab and Shift+Tab go through every element and out', () => {
    const cases: Array<[string, string[]]> = [
      // The charts' figures are read from their text alternative: nothing to focus.
      ['data, target and channel', []],
      ['csat', []],
      // One stop for the nodes, then the model switcher.
      ['attribution view (Markov)', ['rect[email@1]', 'select#model[part=model]']],
      // The comparison table scrolls: it is a stop of its own.
      ['compare view', ['rect[email@1]', 'div']],
      // NPS scale (its first score), the "why?" after a 3, the optional choice, Send.
      ['follow-up shown', ['span[part=option](3)', 'textarea#q-why-input[part=text]', 'span[part=option](Billing)', 'button[part=submit]']],
    ];
    for (const [name, stops] of cases) {
      const state = STATES.find((s) => s.name === name)!;
      it(`${state.element}, ${name}`, async () => {
        const el = await mountState(state, 'en', 'none');
        const { before, after } = await between(el);
        const { forward, backward, indicators } = await tabThrough(before, after);
        expect(forward).to.deep.equal(stops);
        expect(backward).to.deep.equal([...stops].reverse());
        expect(indicators).to.deep.equal(stops.map(() => 'visible'));
      });
    }
  });

  for (const [lang, submitKey] of [
    ['en', 'Enter'],
    ['fr', 'Space'],
  ] as const) {
    it(`completes the survey flow (${lang}): radio group, arrows, follow-up, choice, ${submitKey} on Send, focus on the thanks`, async () => {
      const { url, key } = collector('ok');
      const el = document.createElement('kpi-survey') as KpiSurvey;
      el.setAttribute('lang', lang);
      el.setAttribute('definition', JSON.stringify(FLOW));
      el.setAttribute('action', url);
      const { before } = await between(el);
      const root = el.shadowRoot!;
      const ends = lang === 'en' ? 'Not at all likely Extremely likely' : 'Pas du tout probable Extrêmement probable';
      const question = lang === 'en' ? 'How likely are you to recommend us to a friend or colleague?' : 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue ?';
      before.focus();

      // Tab: into the score group, on its first score (one tab stop).
      await press('Tab');
      expect(deepActive()).to.equal(radios(el)[0]);
      const group = root.querySelector('[role=radiogroup]')!;
      // The group is named by its question and described by the scale's end labels, whichever score has the focus.
      expect(idrefText(root, group.getAttribute('aria-labelledby'))).to.equal(question);
      expect(idrefText(root, group.getAttribute('aria-describedby'))).to.equal(ends);
      // The browser's own tree: the focused radio, its name and the end label it carries.
      const node = await focusedNode();
      expect([node?.role, node?.name, normalize(node?.description)]).to.deep.equal(['radio', '0', ends.split(lang === 'en' ? ' Extremely' : ' Extrêmement')[0]]);
      expect(focusIndicator(deepActive()!)).to.equal('visible');

      // Arrows move and select; End / Home jump; the "why?" shows for 0–6 only.
      await press('ArrowRight');
      expect(checked(el)).to.deep.equal(['1']);
      await press('End');
      await el.updateComplete;
      expect([checked(el), deepActive()?.textContent, root.querySelector('textarea')]).to.deep.equal([['10'], '10', null]);
      expect((await focusedNode())?.description).to.equal(lang === 'en' ? 'Extremely likely' : 'Extrêmement probable');
      await press('ArrowLeft');
      await press('Home');
      for (const _ of [1, 2, 3]) await press('ArrowDown');
      await el.updateComplete;
      expect([checked(el), deepActive()?.textContent]).to.deep.equal([['3'], '3']);
      expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([-1, -1, -1, 0, -1, -1, -1, -1, -1, -1, -1]);

      // Tab: the follow-up, typed into.
      await press('Tab');
      expect(deepActive()).to.equal(root.querySelector('textarea'));
      expect(focusIndicator(deepActive()!)).to.equal('visible');
      await sendKeys({ type: 'Too slow' });
      await noViolations(el);
      // Tab: the optional choice; Space picks the focused option.
      await press('Tab');
      expect(deepActive()).to.equal(radios(el, 1)[0]);
      await press('Space');
      await el.updateComplete;
      expect(checked(el)).to.deep.equal(['3', lang === 'en' ? 'Billing' : 'Facturation']);
      // Tab: Send; Enter or Space sends.
      await press('Tab');
      expect(deepActive()).to.equal(root.querySelector('[part=submit]'));
      expect(focusIndicator(deepActive()!)).to.equal('visible');
      await press(submitKey);
      await until(() => root.querySelector('[part=thanks]') !== null, 'thanks');
      await el.updateComplete;
      // The focus lands on the thanks (a live status), not on <body>.
      expect(deepActive()).to.equal(root.querySelector('[part=thanks]'));
      await noViolations(el);
      const got = await receivedSoon(key);
      expect(got[0]!.body.answers).to.deep.equal({ score: 3, why: 'Too slow', topic: 'billing' });
      // And on, out of the element.
      await press('Tab');
      expect(deepActive()?.id).to.equal('after');
    });
  }

  it('says a missing answer and takes the focus there, from the keyboard', async () => {
    const el = document.createElement('kpi-survey') as KpiSurvey;
    el.setAttribute('lang', 'fr');
    el.setAttribute('metric', 'csat');
    el.setAttribute('action', '/test-api/answers');
    const { before } = await between(el);
    before.focus();
    await press('Tab');
    await press('Tab');
    await press('Enter');
    await el.updateComplete;
    const root = el.shadowRoot!;
    const group = root.querySelector('[role=radiogroup]')!;
    expect(deepActive()).to.equal(radios(el)[0]);
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    // The error joins the end labels in the group's description.
    expect(idrefText(root, group.getAttribute('aria-describedby'))).to.equal('Très insatisfait Très satisfait Veuillez répondre à cette question.');
  });

  describe('the Sankey', () => {
    const tooltip = (el: Element) => [...el.shadowRoot!.querySelectorAll('.tooltip text')].map((t) => normalize(t.textContent));
    const focusedId = () => (deepActive() as SVGElement | null)?.dataset?.id;
    const firstRows = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('.attribution-table tbody tr')].map((tr) => [...tr.children].slice(0, 2).map((c) => normalize(c.textContent)));

    async function sankey() {
      const el = document.createElement('kpi-attribution-sankey') as KpiAttributionSankey;
      el.setAttribute('lang', 'en');
      el.setAttribute('data', JSON.stringify(JOURNEYS));
      const pageButtons = await between(el);
      await until(() => el.shadowRoot!.querySelector('.attribution-table') !== null, 'the tables');
      return { el, ...pageButtons };
    }

    /** Presses a key, waits for the render, returns the focused node and its tooltip. */
    async function step(el: KpiAttributionSankey, key: string) {
      await press(key);
      await el.updateComplete;
      return [focusedId(), ...tooltip(el)];
    }

    it('nodes: one tab stop, arrows across steps and columns, Home / End, the tooltip follows, Escape hides it', async () => {
      const { el, before } = await sankey();
      before.focus();
      // Hand figures: email > search 5 journeys (3 conversions, 300), search 1 (1, 50), display > email 4 (0).
      expect(await step(el, 'Tab')).to.deep.equal(['email@1', 'email · 1', '5 journeys, 3 conversions, value €300', '→ search · 2: 5 journeys, 3 conversions']);
      expect(focusIndicator(deepActive()!)).to.equal('visible');
      await noViolations(el);
      // The tab stop's name is what the tooltip shows.
      expect((await focusedNode())?.name).to.equal('email · 1; 5 journeys, 3 conversions, value €300; → search · 2: 5 journeys, 3 conversions');
      // Down the first step's column, most conversions first (email 3, search 1, display 0); it stops at the end.
      expect(await step(el, 'ArrowDown')).to.deep.equal(['search@1', 'search · 1', '1 journey, 1 conversion, value €50', '→ conversion: 1 journey, 1 conversion']);
      expect(await step(el, 'ArrowDown')).to.deep.equal(['display@1', 'display · 1', '4 journeys, 0 conversions, value €0', '→ email · 2: 4 journeys, 0 conversions']);
      expect((await step(el, 'ArrowDown'))[0]).to.equal('display@1');
      expect((await step(el, 'ArrowUp'))[0]).to.equal('search@1');
      expect((await step(el, 'ArrowDown'))[0]).to.equal('display@1');
      // Across: display's journeys go on to email · 2, and from there to no conversion.
      expect(await step(el, 'ArrowRight')).to.deep.equal(['email@2', 'email · 2', '4 journeys, 0 conversions, value €0', '→ no conversion: 4 journeys, 0 conversions']);
      expect((await step(el, 'ArrowLeft'))[0]).to.equal('display@1');
      // End: the last node of the last step, no conversion: 2 journeys from search · 2 and 4 from email · 2.
      expect(await step(el, 'End')).to.deep.equal(['no conversion', 'no conversion', '6 journeys, 0 conversions, value €0']);
      expect(focusIndicator(deepActive()!)).to.equal('visible');
      // Escape hides the tooltip and keeps the focus (WCAG 1.4.13).
      expect(await step(el, 'Escape')).to.deep.equal(['no conversion']);
      expect((await step(el, 'Home'))[0]).to.equal('email@1');
      // Still one tab stop, the focused node.
      expect([...el.shadowRoot!.querySelectorAll('.hit[tabindex="0"]')].map((r) => (r as SVGElement).dataset.id)).to.deep.equal(['email@1']);
      // Tab leaves the nodes for the model switcher; the tooltip goes with the focus.
      await press('Tab');
      await el.updateComplete;
      expect([describe_(deepActive()), tooltip(el)]).to.deep.equal(['select#model[part=model]', []]);
    });

    it('model switcher: reached by Tab, arrows change the model, the figures follow and `change` fires', async () => {
      const { el, before, after } = await sankey();
      const changes = record(el, 'change');
      const label = () => normalize(el.shadowRoot!.querySelector('svg.chart')!.getAttribute('aria-label'));
      before.focus();
      await press('Tab');
      await press('Tab');
      expect(describe_(deepActive())).to.equal('select#model[part=model]');
      expect(focusIndicator(deepActive()!)).to.equal('visible');
      expect((await focusedNode())?.name).to.equal('Attribution model');
      // Last touch (the default): search ends both converting paths, 3 + 1.
      expect(firstRows(el)).to.deep.equal([['search', '4'], ['display', '0'], ['email', '0']]);
      // Linear: email > search splits its 3 conversions; search alone keeps 1 → search 2.5, email 1.5.
      await press('ArrowDown');
      await until(() => el.model === 'linear', 'linear');
      await el.updateComplete;
      // One digit rule for the column: 2.5 and 1.5 need one, so 0 is written 0.0.
      expect(firstRows(el)).to.deep.equal([['search', '2.5'], ['email', '1.5'], ['display', '0.0']]);
      expect(label()).to.match(/top channel under linear: search, 2\.5 conversions \(62\.5%\)$/);
      // Position-based: two touches are 50 / 50, so the same figures.
      await press('ArrowDown');
      await until(() => el.model === 'position-based', 'position-based');
      // Time decay needs touch times: its option is disabled and the arrow goes past it, to Markov (search 54/119 of 4).
      await press('ArrowDown');
      await until(() => el.model === 'markov', 'markov, past the disabled time decay');
      await el.updateComplete;
      // 4 · 54/119 = 1.815…, one fraction digit in the list.
      expect(firstRows(el)[0]).to.deep.equal(['search', '1.8']);
      expect(el.getAttribute('model')).to.equal('markov');
      expect(changes.length).to.equal(3);
      await noViolations(el);
      // Out of the element, and back to the switcher.
      await press('Tab');
      expect(deepActive()).to.equal(after);
      await press('Shift+Tab');
      expect(describe_(deepActive())).to.equal('select#model[part=model]');
    });
  });
});
