import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import sample from '../demo/public/api/kpis.json';
import { never, status, STUB_PREFIX, stubFetch } from './support/fetch-stub.js';
import { cesLowerIsEasier, csatJourney } from './support/samples.js';
import { npsOverTime } from './support/trend-samples.js';

/**
 * Story args: the element's attributes, named as in custom-elements.json (so
 * `min-n`, not `minN`: the docs table's controls are keyed by attribute), with
 * `data` as an object written as JSON, and its event handlers.
 */
interface ChannelCsatArgs {
  data?: string | object;
  src?: string;
  metric?: 'csat' | 'nps' | 'ces';
  by?: 'channel' | 'touchpoint' | 'stage';
  sort?: 'score' | 'name' | 'n';
  'min-n'?: number;
  scale?: number;
  'lower-is-easier'?: boolean;
  target?: number | null;
  lang?: string;
  theme?: 'light' | 'dark';
  timeout?: number;
  refresh?: number;
  onKpiData?: (event: Event) => void;
  onKpiError?: (event: Event) => void;
  onKpiThreshold?: (event: Event) => void;
}

const meta = {
  title: 'Elements/kpi-channel-csat',
  component: 'kpi-channel-csat',
  // An unset arg leaves its attribute out (the element's default applies); `theme` falls back to the toolbar's.
  render: (args, { globals }) => html`<kpi-channel-csat
    data=${ifDefined(typeof args.data === 'object' ? JSON.stringify(args.data) : args.data)}
    src=${ifDefined(args.src)}
    metric=${ifDefined(args.metric)}
    by=${ifDefined(args.by)}
    sort=${ifDefined(args.sort)}
    min-n=${ifDefined(args['min-n'])}
    scale=${ifDefined(args.scale)}
    ?lower-is-easier=${args['lower-is-easier']}
    target=${ifDefined(args.target ?? undefined)}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme ?? globals.theme}
    timeout=${ifDefined(args.timeout)}
    refresh=${ifDefined(args.refresh)}
    @kpi-data=${args.onKpiData}
    @kpi-error=${args.onKpiError}
    @kpi-threshold=${args.onKpiThreshold}
  ></kpi-channel-csat>`,
  // Descriptions and types come from custom-elements.json; these pick the controls.
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    metric: { control: 'inline-radio', options: ['csat', 'nps', 'ces'] },
    by: { control: 'inline-radio', options: ['channel', 'touchpoint', 'stage'] },
    sort: { control: 'inline-radio', options: ['score', 'name', 'n'] },
    'min-n': { control: { type: 'number', min: 0, step: 10 } },
    scale: { control: { type: 'number', min: 2, max: 10 } },
    'lower-is-easier': { control: 'boolean' },
    target: { control: { type: 'number', step: 5 } },
    lang: { control: { type: 'inline-radio', labels: { '': '(inherit)' } }, options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    timeout: { control: { type: 'number', min: 0 } },
    refresh: { control: { type: 'number', min: 0 } },
  },
  args: { data: sample },
} satisfies Meta<ChannelCsatArgs>;

export default meta;
type Story = StoryObj<ChannelCsatArgs>;

/** Lays the story out in a column this wide, as a narrow card or a phone would. */
const width =
  (px: number): Decorator =>
  (story) => html`<div style="width: ${px}px; max-width: 100%">${story()}</div>`;

/**
 * The seeds' example (`demo/public/api/kpis.json`, CSAT histograms): chat 90 %,
 * store 85 %, app 80 %, email 75 %, phone 60 %; social has 24 answers, under
 * the default `min-n` of 30, so it is greyed at the end, not ranked.
 */
export const Data: Story = {};

/** The same sample fetched from `src`. */
export const FromSrc: Story = { args: { data: undefined, src: 'api/kpis.json' } };

/**
 * The three target states, 100 answers per channel, target 80 %. Wilson 95 %:
 * chat 90 % [82.6, 94.5] all above → met (solid bar); store 85 % [76.7, 90.7]
 * and email 75 % [65.7, 82.5] contain 80 → ≈ within the margin of the target
 * (outlined, dashed bar); phone 60 % [50.2, 69.1] all under → ▼ below (solid,
 * detractor colour).
 */
const threeStatesData = {
  histograms: ([['chat', 90], ['store', 85], ['email', 75], ['phone', 60]] as const).map(([channel, satisfied]) => ({
    metric: 'csat',
    channel,
    counts: { '5': satisfied, '2': 100 - satisfied },
  })),
};
/** Met, within the margin, below, in English. */
export const TargetStatesEnglish: Story = { args: { data: threeStatesData, target: 80, lang: 'en' }, globals: { locale: 'en' } };
/** Atteint, dans la marge, sous l’objectif, en français. */
export const TargetStatesFrench: Story = { args: { data: threeStatesData, target: 80, lang: 'fr' }, globals: { locale: 'fr' } };

/** A target of 80 %: each channel is met, within the margin of the target (≈) or below it (▼), said in words; see `TargetStatesEnglish`. */
export const BelowTarget: Story = { args: { target: 80 } };

/** `metric="nps"`: the same layout with each channel's margin of error, on an axis fitted to the data, 0, the intervals and the target (round ends), not −100…+100. */
export const Nps: Story = { args: { metric: 'nps', target: 30 } };

/** `metric="ces"`: the mean with its t-interval on an axis from 1 fitted within 1…7; higher is easier, as the line under the chart says. */
export const Ces: Story = { args: { metric: 'ces', target: 5 } };

/** `lower-is-easier`: 1 = very easy (the seeds' "≤ 3" convention); lowest first, phone above the target of 3 is flagged. */
export const CesLowerIsEasier: Story = { args: { data: cesLowerIsEasier, metric: 'ces', 'lower-is-easier': true, target: 3 } };

/**
 * `by="touchpoint"`: one bar per touchpoint (stories/support/samples.ts: the
 * seeds' channel figures broken down). social-dm has 12 answers: greyed.
 */
export const ByTouchpoint: Story = { args: { data: csatJourney, by: 'touchpoint', target: 80 } };

/** `by="stage"`: awareness 80 %, purchase 80 %, support 74 %. */
export const ByStage: Story = { args: { data: csatJourney, by: 'stage', target: 80 } };

/** The channel figures of the touchpoint sample add up to the seeds' example exactly: email 75 %, chat 90 %, phone 60 %, store 85 %. */
export const ByChannelFromTouchpoints: Story = { args: { data: csatJourney, target: 80 } };

/** `sort="name"`: alphabetical; groups with too few answers still come last. */
export const SortByName: Story = { args: { sort: 'name', target: 80 } };

/** `sort="n"`: most answers first. */
export const SortByAnswers: Story = { args: { sort: 'n', target: 80 } };

/** `min-n="160"`: store (150 answers) and social (24) are greyed as "too few answers", unranked and never flagged. */
export const TooFewAnswers: Story = { args: { 'min-n': 160, target: 80 } };

/** While `src` has not answered: the chart's ghost (the same layout for six rows), so nothing moves when the data comes. The URL is stubbed to never answer. */
export const Loading: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}pending-csat.json`, timeout: 86400 },
  beforeEach: () => stubFetch('pending-csat.json', never),
};

/** Valid input without answers. */
export const Empty: Story = { args: { data: '{"responses":[]}' } };

/** Answers of another metric only: nothing to show for CSAT. */
export const EmptyForMetric: Story = { args: { data: '{"responses":[{"metric":"nps","score":9,"channel":"chat"}]}' } };

/** A `data` attribute that is not JSON. */
export const ErrorInvalidJson: Story = { args: { data: '{"histograms": [{"metric": "csat", "counts": {' } };

/** A CSAT score of 6 (the scale is 1–5): the error names `responses[1].score`. */
export const ErrorInvalidScore: Story = {
  args: { data: '{"responses":[{"metric":"csat","score":5,"channel":"chat"},{"metric":"csat","score":6,"channel":"email"}]}' },
};

/** `src` answers HTTP 500 (stubbed). */
export const FailedFetch: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}csat-500.json` },
  beforeEach: () => stubFetch('csat-500.json', status(500)),
};

export const French: Story = { args: { lang: 'fr', target: 80 }, globals: { locale: 'fr' } };

export const English: Story = { args: { lang: 'en', target: 80 }, globals: { locale: 'en' } };

export const Dark: Story = { args: { theme: 'dark', target: 80 }, globals: { theme: 'dark' } };

export const Light: Story = { args: { theme: 'light', target: 80 }, globals: { theme: 'light' } };

/** In a 320 px column: a ranked list (name and value on one line, the bar full-width under it, the target status under the bar); long names cut with "…" (full name in the tooltip and the hidden table). */
export const Narrow: Story = { args: { data: csatJourney, by: 'touchpoint', target: 80 }, decorators: [width(320)] };

/** Narrow, French and dark together. */
export const NarrowFrenchDark: Story = {
  args: { lang: 'fr', theme: 'dark', metric: 'nps', target: 30 },
  globals: { locale: 'fr', theme: 'dark' },
  decorators: [width(320)],
};

/** CES with lower-is-easier, in French: the line under the chart says which way is better. */
export const CesLowerIsEasierFrench: Story = {
  args: { data: cesLowerIsEasier, metric: 'ces', 'lower-is-easier': true, target: 3, lang: 'fr' },
  globals: { locale: 'fr' },
};

/** 240 px, French, target 80: the narrowest card; every text has its own place (no overlap, nothing clipped). */
export const NarrowestFrench: Story = {
  args: { data: csatJourney, by: 'touchpoint', target: 80, lang: 'fr' },
  globals: { locale: 'fr' },
  decorators: [width(240)],
};

/** `compare="previous"`: each channel's NPS change against the previous month, in words, ▲ / ▼ and its interval. */
export const ComparePrevious: Story = {
  render: () => html`<kpi-channel-csat metric="nps" compare="previous" interval="month" target="30" data=${JSON.stringify(npsOverTime())}></kpi-channel-csat>`,
};

/** `compare="previous"` at 320 px in French and dark: the change lines wrap under the ranked list. */
export const ComparePreviousNarrowFrenchDark: Story = {
  render: () =>
    html`<div style="width: 320px; max-width: 100%"><kpi-channel-csat lang="fr" theme="dark" metric="nps" compare="previous" interval="month" target="30" data=${JSON.stringify(npsOverTime())}></kpi-channel-csat></div>`,
  globals: { locale: 'fr', theme: 'dark' },
};
