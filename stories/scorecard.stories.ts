import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { never, STUB_PREFIX, stubFetch } from './support/fetch-stub.js';
import { commerceMetrics, serviceMetrics, serviceTargets, socialMetrics } from './support/scorecard-samples.js';
import { npsOverTime } from './support/trend-samples.js';

/** Story args: the element's attributes (named as in custom-elements.json), objects written as JSON. */
interface ScorecardArgs {
  data?: string | object;
  src?: string;
  kpis?: string;
  targets?: object;
  channel?: string;
  by?: 'channel';
  today?: string;
  'lower-is-easier'?: boolean;
  lang?: string;
  theme?: 'light' | 'dark';
  timeout?: number;
  onKpiError?: (event: Event) => void;
  onKpiThreshold?: (event: Event) => void;
}

const meta = {
  title: 'Elements/kpi-scorecard',
  component: 'kpi-scorecard',
  render: (args, { globals }) => html`<kpi-scorecard
    data=${ifDefined(typeof args.data === 'object' ? JSON.stringify(args.data) : args.data)}
    src=${ifDefined(args.src)}
    kpis=${ifDefined(args.kpis)}
    targets=${ifDefined(args.targets ? JSON.stringify(args.targets) : undefined)}
    channel=${ifDefined(args.channel)}
    by=${ifDefined(args.by)}
    today=${ifDefined(args.today)}
    ?lower-is-easier=${args['lower-is-easier']}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme ?? globals.theme}
    timeout=${ifDefined(args.timeout)}
    @kpi-error=${args.onKpiError}
    @kpi-threshold=${args.onKpiThreshold}
  ></kpi-scorecard>`,
  argTypes: {
    data: { control: 'object' },
    kpis: { control: 'text' },
    targets: { control: 'object' },
    channel: { control: 'text' },
    by: { control: 'inline-radio', options: ['channel'] },
    today: { control: 'text' },
    lang: { control: { type: 'inline-radio', labels: { '': '(inherit)' } }, options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  // A fixed day, so the SMART statuses of the stories do not change with the calendar.
  args: { data: { metrics: serviceMetrics() }, channel: 'chat', today: '2026-05-20' },
} satisfies Meta<ScorecardArgs>;

export default meta;
type Story = StoryObj<ScorecardArgs>;

const width =
  (px: number): Decorator =>
  (story) => html`<div style="width: ${px}px; max-width: 100%">${story()}</div>`;

/** Chat's service KPIs with the seeds' targets: FCR up 12 points in six months, transfers down. */
export const Operations: Story = {};

/** SMART targets on 20 May 2026: FCR and transfer judged against their straight line, response time past its March deadline, volume with no deadline. */
export const SmartTargets: Story = { args: { targets: serviceTargets } };

/** One row of tiles per channel: FCR, transfer and response time for chat, phone and email. */
export const ByChannel: Story = { args: { channel: undefined, by: 'channel', kpis: 'fcr,transfer,response-time' } };

/** Social engagement per platform (the seeds' rates). */
export const Engagement: Story = { args: { data: { metrics: socialMetrics() }, channel: undefined, by: 'channel' } };

/** Commerce: conversion, cart abandonment (lower is better), AOV and revenue in euros, CPA, ROI. */
export const Commerce: Story = { args: { data: { metrics: commerceMetrics() }, channel: 'web' } };

/** The three scores from six months of answers, beside FCR: NPS, CSAT and CES tiles with their change. */
export const Scores: Story = {
  args: { data: { ...npsOverTime(), metrics: serviceMetrics() }, channel: 'chat', kpis: 'nps,csat,ces,fcr' },
};

/**
 * Lower is better: transfers and churn up are bad news (red), response time down is good news (green),
 * whatever the sign; a target without deadline that is missed says "target not met".
 */
export const LowerIsBetter: Story = {
  args: {
    channel: 'phone',
    data: {
      metrics: [
        { kpi: 'transfer', channel: 'phone', period: '2026-04', transferred: 80, contacts: 1000 },
        { kpi: 'transfer', channel: 'phone', period: '2026-05', transferred: 130, contacts: 1000 },
        { kpi: 'response-time', channel: 'phone', period: '2026-04', totalSeconds: 240 * 500, n: 500 },
        { kpi: 'response-time', channel: 'phone', period: '2026-05', totalSeconds: 150 * 500, n: 500 },
        { kpi: 'churn', channel: 'phone', period: '2026-04', atStart: 2000, lost: 60 },
        { kpi: 'churn', channel: 'phone', period: '2026-05', atStart: 2000, lost: 110 },
      ],
    },
    targets: [{ kpi: 'churn', channel: 'phone', target: 4 }],
    kpis: 'transfer,response-time,churn',
  },
};

/** A single period: no previous one to compare, no sparkline. */
export const MissingPreviousPeriod: Story = {
  args: { data: { metrics: serviceMetrics().filter((r) => r.period === '2026-05') } },
};

/** A KPI asked for without data, and a KPI name the kit does not know (said under the tiles). */
export const NoDataAndUnknownKpi: Story = { args: { kpis: 'fcr,aov,happiness' } };

/** A bad row spoils its own KPI's tile only; a bad target is named under the tiles. */
export const BadRowAndTarget: Story = {
  args: {
    data: { metrics: [...serviceMetrics(), { kpi: 'transfer', channel: 'chat', period: '2026-05', transferred: 12, contacts: 'many' }] },
    targets: [{ kpi: 'fcr', channel: 'chat', target: 85, by: '2026-02-30' }],
  },
};

export const French: Story = { args: { lang: 'fr', targets: serviceTargets }, globals: { locale: 'fr' } };

export const Dark: Story = { args: { theme: 'dark', targets: serviceTargets }, globals: { theme: 'dark' } };

/** 240 px: one column of tiles. */
export const Narrow: Story = { args: { targets: serviceTargets, lang: 'fr' }, globals: { locale: 'fr' }, decorators: [width(240)] };

export const Empty: Story = { args: { data: { metrics: [] } } };

/** The whole input refused: the error names the field. */
export const ErrorBadDocument: Story = { args: { data: { metrics: 'fcr' } } };

/** While `src` has not answered: one ghost tile per KPI asked. */
export const Loading: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}pending-scorecard.json`, kpis: 'fcr,transfer,response-time', timeout: 86400 },
  beforeEach: () => stubFetch('pending-scorecard.json', never),
};
