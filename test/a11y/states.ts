/**
 * Every state of every element the accessibility matrix checks, each built
 * from attributes (language and theme given by the run) and brought to its state
 * the way a user or a page would: a click on a score, a send, a focused node.
 */
import { html } from 'lit';
import '../../src/kpi-attribution-sankey.js';
import '../../src/kpi-channel-csat.js';
import '../../src/kpi-nps-gauge.js';
import '../../src/kpi-survey.js';
import type { KpiElement } from '../../src/elements/shared/kpi-element.js';
import type { KpiSurvey } from '../../src/elements/survey/survey.component.js';
import { mount, until } from '../helpers.js';

export type ElementName = 'kpi-nps-gauge' | 'kpi-channel-csat' | 'kpi-attribution-sankey' | 'kpi-survey';

export interface State {
  element: ElementName;
  name: string;
  attrs: Record<string, string>;
  /** Brings the mounted element to the state. */
  reach?: (el: HTMLElement) => Promise<void>;
}

/** The published NPS example: 200 promoters, 120 passives, 80 detractors of 400 → +30. */
export const NPS_EXAMPLE = { histograms: [{ metric: 'nps', channel: 'chat', counts: { '10': 120, '9': 80, '8': 60, '7': 60, '6': 50, '0': 30 } }] };

const csat = (channel: string, satisfied: number, n = 100) => ({ metric: 'csat', channel, counts: { '5': satisfied, '2': n - satisfied } });
/** The seeds' CSAT: chat 90 %, store 85 %, email 75 %, phone 60 %; social has 10 answers (too few). */
export const CSAT_SEEDS = {
  histograms: [
    csat('email', 75),
    csat('chat', 90),
    csat('phone', 60),
    csat('store', 85),
    { metric: 'nps', channel: 'chat', counts: { '10': 30, '3': 10 } },
    { metric: 'nps', channel: 'email', counts: { '9': 20, '7': 10, '1': 15 } },
    { metric: 'ces', channel: 'chat', counts: { '6': 30, '2': 10 } },
    { metric: 'ces', channel: 'phone', counts: { '3': 30, '5': 10 } },
  ],
};
const LOW_N = { histograms: [csat('chat', 90), csat('email', 75), csat('social', 9, 10)] };

/** 10 journeys, 4 conversions (email > search 3 of 5, search 1 of 1, display > email 0 of 4). */
export const JOURNEYS = {
  journeys: [
    { path: 'email > search', conversions: 3, value: 300, nulls: 2 },
    { path: ['search'], conversions: 1, value: 50 },
    { path: 'display > email', conversions: 0, nulls: 4 },
  ],
};

/** A flow: NPS, "why?" after a score ≤ 6, and an optional choice. */
export const FLOW = {
  id: 'a11y-flow',
  questions: [
    { id: 'score', type: 'nps' },
    { id: 'why', type: 'text', showIf: { question: 'score', lte: 6 } },
    { id: 'topic', type: 'choice', label: { en: 'What was it about?', fr: 'À quel sujet ?' }, options: [{ value: 'billing', label: { en: 'Billing', fr: 'Facturation' } }, { value: 'other', label: { en: 'Other', fr: 'Autre' } }], required: false },
  ],
};
const CHOICE = { id: 'a11y-choice', questions: [FLOW.questions[2]!] };
const TEXT = { id: 'a11y-text', questions: [{ id: 'remarks', type: 'text', label: { en: 'Anything to add?', fr: 'Autre chose à ajouter ?' } }] };

const json = (v: unknown) => JSON.stringify(v);
const root = (el: HTMLElement) => el.shadowRoot!;

/** The chart and its hidden tables are drawn (the Sankey's follow by one task). */
async function drawn(el: HTMLElement) {
  await until(() => root(el).querySelector('table') !== null, `${el.localName}: the chart and its table`);
}

function radio(el: HTMLElement, label: string): HTMLElement {
  return [...root(el).querySelectorAll<HTMLElement>('[role=radio]')].find((r) => r.textContent === label)!;
}

async function pick(el: HTMLElement, label: string) {
  radio(el, label).click();
  await (el as KpiSurvey).updateComplete;
}

async function send(el: HTMLElement) {
  root(el).querySelector<HTMLButtonElement>('[part=submit]')!.click();
  await (el as KpiSurvey).updateComplete;
}

export const STATES: State[] = [
  { element: 'kpi-nps-gauge', name: 'data, target and channel', attrs: { target: '30', channel: 'chat', data: json(NPS_EXAMPLE) }, reach: drawn },
  { element: 'kpi-nps-gauge', name: 'empty', attrs: { data: '{"responses":[]}' } },
  { element: 'kpi-nps-gauge', name: 'error', attrs: { data: json({ responses: [{ metric: 'nps', score: 11 }] }) } },
  {
    element: 'kpi-nps-gauge',
    name: 'loading',
    attrs: { src: '/test-api/hang' },
    reach: async (el) => until(() => root(el).querySelector('[part=loading]') !== null, 'the skeleton'),
  },
  { element: 'kpi-channel-csat', name: 'csat', attrs: { target: '80', data: json(CSAT_SEEDS) }, reach: drawn },
  { element: 'kpi-channel-csat', name: 'nps', attrs: { metric: 'nps', target: '30', data: json(CSAT_SEEDS) }, reach: drawn },
  { element: 'kpi-channel-csat', name: 'ces (lower is easier)', attrs: { metric: 'ces', 'lower-is-easier': '', target: '3', data: json(CSAT_SEEDS) }, reach: drawn },
  { element: 'kpi-channel-csat', name: 'low n', attrs: { target: '80', data: json(LOW_N) }, reach: drawn },
  { element: 'kpi-attribution-sankey', name: 'attribution view (Markov)', attrs: { model: 'markov', data: json(JOURNEYS) }, reach: drawn },
  { element: 'kpi-attribution-sankey', name: 'compare view', attrs: { view: 'compare', data: json(JOURNEYS) }, reach: drawn },
  {
    element: 'kpi-attribution-sankey',
    name: 'tooltip open',
    attrs: { data: json(JOURNEYS) },
    reach: async (el) => {
      await drawn(el);
      root(el).querySelector<SVGElement>('.hit[tabindex="0"]')!.focus();
      await (el as unknown as KpiElement<unknown>).updateComplete;
      await until(() => root(el).querySelector('.tooltip') !== null, 'the tooltip');
    },
  },
  { element: 'kpi-survey', name: 'nps', attrs: { metric: 'nps', action: '/test-api/answers' } },
  { element: 'kpi-survey', name: 'csat', attrs: { metric: 'csat', action: '/test-api/answers' } },
  { element: 'kpi-survey', name: 'ces', attrs: { metric: 'ces', scale: '5', action: '/test-api/answers' } },
  { element: 'kpi-survey', name: 'choice', attrs: { definition: json(CHOICE) } },
  { element: 'kpi-survey', name: 'text', attrs: { definition: json(TEXT) } },
  { element: 'kpi-survey', name: 'follow-up shown', attrs: { definition: json(FLOW) }, reach: (el) => pick(el, '3') },
  { element: 'kpi-survey', name: 'validation error', attrs: { definition: json(FLOW) }, reach: send },
  {
    element: 'kpi-survey',
    name: 'thank-you',
    attrs: { metric: 'csat' },
    reach: async (el) => {
      await pick(el, '4');
      await send(el);
      await until(() => root(el).querySelector('[part=thanks]') !== null, 'the thanks');
    },
  },
];

/** Mounts a state's element with these language and theme (`none`: no attribute), in a block as wide as the page. */
export async function mountState(state: State, lang: string, theme: string): Promise<HTMLElement> {
  const el = document.createElement(state.element);
  el.setAttribute('lang', lang);
  if (theme !== 'none') el.setAttribute('theme', theme);
  for (const [k, v] of Object.entries(state.attrs)) el.setAttribute(k, v);
  await mount<HTMLDivElement>(html`<div>${el}</div>`);
  await (el as unknown as KpiElement<unknown>).updateComplete;
  await state.reach?.(el);
  return el;
}
