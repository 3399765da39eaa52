import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { never, STUB_PREFIX, stubFetch } from './support/fetch-stub.js';
import { channelMonthNps, touchpointStageNps } from './support/heatmap-samples.js';

/** Story args: the element's attributes (named as in custom-elements.json), objects written as JSON. */
interface HeatmapArgs {
  data?: string | object;
  src?: string;
  metric?: 'nps' | 'csat' | 'ces';
  rows?: string;
  columns?: string;
  target?: number;
  'min-n'?: number;
  interval?: string;
  'time-zone'?: string;
  'lower-is-easier'?: boolean;
  lang?: string;
  theme?: 'light' | 'dark';
  timeout?: number;
  onKpiError?: (event: Event) => void;
  onKpiThreshold?: (event: Event) => void;
}

const meta = {
  title: 'Elements/kpi-heatmap',
  component: 'kpi-heatmap',
  render: (args, { globals }) => html`<kpi-heatmap
    data=${ifDefined(typeof args.data === 'object' ? JSON.stringify(args.data) : args.data)}
    src=${ifDefined(args.src)}
    metric=${ifDefined(args.metric)}
    rows=${ifDefined(args.rows)}
    columns=${ifDefined(args.columns)}
    target=${ifDefined(args.target)}
    min-n=${ifDefined(args['min-n'])}
    interval=${ifDefined(args.interval)}
    time-zone=${ifDefined(args['time-zone'])}
    ?lower-is-easier=${args['lower-is-easier']}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme ?? globals.theme}
    timeout=${ifDefined(args.timeout)}
    @kpi-error=${args.onKpiError}
    @kpi-threshold=${args.onKpiThreshold}
  ></kpi-heatmap>`,
  argTypes: {
    data: { control: 'object' },
    metric: { control: 'inline-radio', options: ['nps', 'csat', 'ces'] },
    rows: { control: 'inline-radio', options: ['channel', 'touchpoint', 'stage', 'period'] },
    columns: { control: 'inline-radio', options: ['channel', 'touchpoint', 'stage', 'period'] },
    target: { control: 'number' },
    'min-n': { control: 'number' },
    interval: { control: 'inline-radio', options: ['day', 'week', 'month', 'quarter'] },
    lang: { control: { type: 'inline-radio', labels: { '': '(inherit)' } }, options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  args: { data: touchpointStageNps() },
} satisfies Meta<HeatmapArgs>;

export default meta;
type Story = StoryObj<HeatmapArgs>;

const width =
  (px: number): Decorator =>
  (story) => html`<div style="width: ${px}px; max-width: 100%">${story()}</div>`;

/** NPS per touchpoint and stage, colours centred on NPS 0; three cells under 30 answers are hatched. */
export const TouchpointByStage: Story = {};

/** Centred on a target of 30: cells under it turn red, those above green; each crossing fires kpi-threshold. */
export const WithTarget: Story = { args: { target: 30 } };

/** A stricter min-n (100): more cells hatched, greyed and left out of the worst and best. */
export const CellsUnderMinN: Story = { args: { 'min-n': 100 } };

/** Period as a dimension: channels by month (histograms with `period`), chat climbing. */
export const PeriodAsDimension: Story = { args: { data: channelMonthNps(), rows: 'channel', columns: 'period', interval: 'month' } };

/** Sorting: the column headers sort the rows by that column, the row headers the columns, the corner by name (click "purchase"). */
export const Sorting: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kpi-heatmap')!;
    await customElements.whenDefined('kpi-heatmap');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const header = [...el.shadowRoot!.querySelectorAll('thead th button')].find((b) => b.textContent?.includes('purchase')) as HTMLButtonElement | undefined;
    header?.click();
  },
};

export const French: Story = { args: { lang: 'fr', target: 30 }, globals: { locale: 'fr' } };

export const Dark: Story = { args: { theme: 'dark', target: 30 }, globals: { theme: 'dark' } };

/** 240 px: the table scrolls sideways inside its own box, the row headers stay. */
export const Narrow: Story = { args: { lang: 'fr' }, globals: { locale: 'fr' }, decorators: [width(240)] };

export const Empty: Story = { args: { data: { histograms: [] } } };

/** A bad count: the error names the field. */
export const ErrorBadCount: Story = { args: { data: { histograms: [{ metric: 'nps', touchpoint: 'web', stage: 'purchase', counts: { 10: 'many' } }] } } };

/** An unknown dimension: said under the table, naming the attribute and the default used. */
export const UnknownDimension: Story = { args: { rows: 'device' } };

/** While `src` has not answered. */
export const Loading: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}pending-heatmap.json`, timeout: 86400 },
  beforeEach: () => stubFetch('pending-heatmap.json', never),
};
