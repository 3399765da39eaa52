import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { never, STUB_PREFIX, stubFetch } from './support/fetch-stub.js';
import { csatMonths, manyChannels, npsOverTime } from './support/trend-samples.js';

/** Story args: the element's attributes (named as in custom-elements.json), `data` as an object written as JSON. */
interface TrendArgs {
  data?: string | object;
  src?: string;
  metric?: 'nps' | 'csat' | 'ces';
  interval?: string;
  'time-zone'?: string;
  channel?: string;
  by?: 'channel';
  'min-n'?: number;
  target?: number | null;
  lang?: string;
  theme?: 'light' | 'dark';
  timeout?: number;
  onKpiData?: (event: Event) => void;
  onKpiError?: (event: Event) => void;
  onKpiThreshold?: (event: Event) => void;
}

const sample = npsOverTime();

const meta = {
  title: 'Elements/kpi-trend',
  component: 'kpi-trend',
  render: (args, { globals }) => html`<kpi-trend
    data=${ifDefined(typeof args.data === 'object' ? JSON.stringify(args.data) : args.data)}
    src=${ifDefined(args.src)}
    metric=${ifDefined(args.metric)}
    interval=${ifDefined(args.interval)}
    time-zone=${ifDefined(args['time-zone'])}
    channel=${ifDefined(args.channel)}
    by=${ifDefined(args.by)}
    min-n=${ifDefined(args['min-n'])}
    target=${ifDefined(args.target ?? undefined)}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme ?? globals.theme}
    timeout=${ifDefined(args.timeout)}
    @kpi-data=${args.onKpiData}
    @kpi-error=${args.onKpiError}
    @kpi-threshold=${args.onKpiThreshold}
  ></kpi-trend>`,
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    metric: { control: 'inline-radio', options: ['nps', 'csat', 'ces'] },
    interval: { control: 'inline-radio', options: ['day', 'week', 'month', 'quarter'] },
    'time-zone': { control: 'text' },
    channel: { control: 'text' },
    by: { control: 'inline-radio', options: ['channel'] },
    'min-n': { control: { type: 'number', min: 0, step: 10 } },
    target: { control: { type: 'number', step: 5 } },
    lang: { control: { type: 'inline-radio', labels: { '': '(inherit)' } }, options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  args: { data: sample },
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

const width =
  (px: number): Decorator =>
  (story) => html`<div style="width: ${px}px; max-width: 100%">${story()}</div>`;

/** Weekly NPS of every answer over six months (the interval chosen from the span, and said), target 30. */
export const Weekly: Story = { args: { target: 30 } };

/** One line per channel: chat climbs from April. */
export const ByChannel: Story = { args: { by: 'channel', target: 30 } };

/** Chat alone, by month, in Paris time. */
export const ChatMonthly: Story = { args: { channel: 'chat', interval: 'month', 'time-zone': 'Europe/Paris', target: 30 } };

/** Monthly CSAT from a warehouse's period histograms: March has no answer (a gap), June too few (hollow). */
export const CsatFromPeriods: Story = { args: { data: csatMonths, metric: 'csat', target: 80 } };

/** Eleven channels: the eight largest are drawn, and the note says so. */
export const ManyGroups: Story = { args: { data: manyChannels(), by: 'channel' } };

/** A single period: a point and its interval, no line, no comparison. */
export const OnePeriod: Story = { args: { data: { responses: sample.responses.slice(0, 40) }, interval: 'month' } };

/** In a phone-width card. */
export const Narrow: Story = { args: { by: 'channel', target: 30 }, decorators: [width(320)] };

export const French: Story = { args: { lang: 'fr', target: 30 }, globals: { locale: 'fr' } };

export const Dark: Story = { args: { theme: 'dark', by: 'channel' }, globals: { theme: 'dark' } };

/** `interval="year"` is not one: the automatic interval is used, and the note and `kpi-error` name the attribute. */
export const BadInterval: Story = { args: { interval: 'year' } };

/** An answer whose `at` is not a date: the error names `responses[1].at`. */
export const ErrorBadDate: Story = {
  args: { data: { responses: [{ metric: 'nps', score: 9, at: '2026-05-01T10:00:00Z' }, { metric: 'nps', score: 3, at: 'last tuesday' }] } },
};

export const Empty: Story = { args: { data: { responses: [] } } };

/** While `src` has not answered: the skeleton, at the chart's height. */
export const Loading: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}pending-trend.json`, timeout: 86400 },
  beforeEach: () => stubFetch('pending-trend.json', never),
};
