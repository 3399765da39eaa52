import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { never, status, STUB_PREFIX, stubFetch } from './support/fetch-stub.js';

/** Story args: the element's attributes (`data` as an object is written as JSON) and its event handlers. */
interface SankeyArgs {
  data?: string | object;
  src?: string;
  model?: string;
  view?: 'attribution' | 'compare';
  maxSteps?: number;
  minShare?: number;
  lang?: string;
  theme?: 'light' | 'dark';
  timeout?: number;
  refresh?: number;
  /** Width of the box around the element, in px (to see the stacked layout under 600 px). */
  width?: number;
  onChange?: (event: Event) => void;
  onKpiData?: (event: Event) => void;
  onKpiError?: (event: Event) => void;
}

/** 1 000 journeys over six channels, as distinct paths with their counts (a warehouse `GROUP BY path`). */
const journeys = [
  { path: 'search', conversions: 48, value: 3120, nulls: 152 },
  { path: 'email > search', conversions: 36, value: 2700, nulls: 64 },
  { path: 'display > email > search', conversions: 22, value: 1870, nulls: 78 },
  { path: 'social > display', conversions: 6, value: 390, nulls: 114 },
  { path: 'social > search', conversions: 14, value: 980, nulls: 46 },
  { path: 'display', conversions: 3, value: 150, nulls: 147 },
  { path: 'email', conversions: 18, value: 1080, nulls: 72 },
  { path: 'affiliate > email > search', conversions: 9, value: 810, nulls: 21 },
  { path: 'customer-service-callback > email', conversions: 4, value: 260, nulls: 26 },
];

/** The same paths with touch times, so that time decay can run (a week apart, converting on 1 May). */
const timed = journeys.map((j) => {
  const channels = j.path.split(' > ');
  return {
    ...j,
    path: channels.map((channel, i) => ({ channel, at: new Date(Date.UTC(2026, 4, 1) - (channels.length - i) * 7 * 86_400_000).toISOString() })),
    convertedAt: '2026-05-01T00:00:00Z',
  };
});

const meta = {
  title: 'Elements/kpi-attribution-sankey',
  component: 'kpi-attribution-sankey',
  // An unset arg leaves its attribute out (the element's default applies); `theme` falls back to the toolbar's.
  render: (args, { globals }) => html`<div style="max-width: ${args.width ? `${args.width}px` : 'none'}">
    <kpi-attribution-sankey
      data=${ifDefined(typeof args.data === 'object' ? JSON.stringify(args.data) : args.data)}
      src=${ifDefined(args.src)}
      model=${ifDefined(args.model || undefined)}
      view=${ifDefined(args.view)}
      max-steps=${ifDefined(args.maxSteps)}
      min-share=${ifDefined(args.minShare)}
      lang=${ifDefined(args.lang || undefined)}
      theme=${args.theme ?? globals.theme}
      timeout=${ifDefined(args.timeout)}
      refresh=${ifDefined(args.refresh)}
      @change=${args.onChange}
      @kpi-data=${args.onKpiData}
      @kpi-error=${args.onKpiError}
    ></kpi-attribution-sankey>
  </div>`,
  // Descriptions and types come from custom-elements.json; these pick the controls.
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    model: { control: 'select', options: ['first-touch', 'last-touch', 'linear', 'position-based', 'time-decay', 'markov', 'shapley'] },
    view: { control: 'inline-radio', options: ['attribution', 'compare'] },
    maxSteps: { control: { type: 'number', min: 1, max: 10 } },
    minShare: { control: { type: 'number', min: 0, max: 1, step: 0.01 } },
    lang: { control: { type: 'inline-radio', labels: { '': '(inherit)' } }, options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    timeout: { control: { type: 'number', min: 0 } },
    refresh: { control: { type: 'number', min: 0 } },
    width: { control: { type: 'number', min: 320, max: 1400, step: 10 } },
  },
  args: { data: { journeys } },
} satisfies Meta<SankeyArgs>;

export default meta;
type Story = StoryObj<SankeyArgs>;

/** Nine distinct paths over six channels, under the default model (last touch). */
export const Data: Story = {};

export const FirstTouch: Story = { args: { model: 'first-touch' } };
export const LastTouch: Story = { args: { model: 'last-touch' } };
export const Linear: Story = { args: { model: 'linear' } };
export const PositionBased: Story = { args: { model: 'position-based' } };
/** Time decay needs the time of each touch and of the conversion: these paths carry them. */
export const TimeDecay: Story = { args: { model: 'time-decay', data: { journeys: timed } } };
/** Time decay asked for on paths without times: the panel says which time is missing; the Sankey stays. */
export const TimeDecayWithoutTimes: Story = { args: { model: 'time-decay' } };
/** Markov chain: conversions shared by removal effect, listed under the shares. */
export const Markov: Story = { args: { model: 'markov' } };
export const Shapley: Story = { args: { model: 'shapley' } };

/** Every model's share per channel side by side, the spread between them, "models disagree" from 10 points. */
export const Compare: Story = { args: { view: 'compare' } };

/** `max-steps="2"`: longer journeys fold into their second step. */
export const MaxSteps: Story = { args: { maxSteps: 2 } };

/** `min-share="0.05"`: links under 5 % of journeys go through each step's "other" node. */
export const MinShare: Story = { args: { minShare: 0.05 } };

/** While `src` has not answered: a skeleton. The URL is stubbed to never answer. */
export const Loading: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}pending-journeys.json`, timeout: 86400 },
  beforeEach: () => stubFetch('pending-journeys.json', never),
};

/** Valid input without journeys. */
export const Empty: Story = { args: { data: '{"journeys":[]}' } };

/** `journeys[1].conversions` is text: the error names it. */
export const ErrorInvalidField: Story = {
  args: { data: '{"journeys":[{"path":"email","conversions":1},{"path":"search","conversions":"two"}]}' },
};

/** `src` answers HTTP 404 (stubbed). */
export const FailedFetch: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}missing-journeys.json` },
  beforeEach: () => stubFetch('missing-journeys.json', status(404)),
};

export const French: Story = { args: { lang: 'fr', model: 'markov' }, globals: { locale: 'fr' } };
export const English: Story = { args: { lang: 'en', model: 'markov' }, globals: { locale: 'en' } };
export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };
export const Light: Story = { args: { theme: 'light' }, globals: { theme: 'light' } };

/** 320 px wide: the Sankey above, the attribution below, labels cut with "…" (full names in tooltips). */
export const Narrow: Story = { args: { width: 320 } };

export const NarrowCompare: Story = { args: { width: 320, view: 'compare' } };

/** The comparison in French and dark. */
export const CompareFrenchDark: Story = {
  args: { view: 'compare', lang: 'fr', theme: 'dark' },
  globals: { locale: 'fr', theme: 'dark' },
};
