import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import sample from '../demo/public/api/nps.json';
import { never, status, STUB_PREFIX, stubFetch } from './support/fetch-stub.js';
import { npsOverTime } from './support/trend-samples.js';

/** Story args: the element's attributes (`data` as an object is written as JSON) and its event handlers. */
interface GaugeArgs {
  data?: string | object;
  src?: string;
  target?: number | null;
  channel?: string;
  lang?: string;
  theme?: 'light' | 'dark';
  timeout?: number;
  refresh?: number;
  onKpiData?: (event: Event) => void;
  onKpiError?: (event: Event) => void;
  onKpiThreshold?: (event: Event) => void;
}

/** Raw answers, as `<kpi-survey>` posts them. */
const responses = [
  [10, 'chat'], [9, 'chat'], [9, 'email'], [8, 'phone'], [7, 'chat'], [10, 'store'],
  [6, 'phone'], [3, 'email'], [9, 'app'], [10, 'chat'], [5, 'phone'], [9, 'store'],
].map(([score, channel]) => ({ metric: 'nps', score, channel }));

const meta = {
  title: 'Elements/kpi-nps-gauge',
  component: 'kpi-nps-gauge',
  // An unset arg leaves its attribute out (the element's default applies); `theme` falls back to the toolbar's.
  render: (args, { globals }) => html`<kpi-nps-gauge
    data=${ifDefined(typeof args.data === 'object' ? JSON.stringify(args.data) : args.data)}
    src=${ifDefined(args.src)}
    target=${ifDefined(args.target)}
    channel=${ifDefined(args.channel || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme ?? globals.theme}
    timeout=${ifDefined(args.timeout)}
    refresh=${ifDefined(args.refresh)}
    @kpi-data=${args.onKpiData}
    @kpi-error=${args.onKpiError}
    @kpi-threshold=${args.onKpiThreshold}
  ></kpi-nps-gauge>`,
  // Descriptions and types come from custom-elements.json; these pick the controls.
  argTypes: {
    data: { control: 'object' },
    src: { control: 'text' },
    target: { control: { type: 'number', min: -100, max: 100, step: 5 } },
    channel: { control: { type: 'select', labels: { '': '(all channels)' } }, options: ['', ...sample.histograms.map((h) => h.channel)] },
    lang: { control: { type: 'inline-radio', labels: { '': '(inherit)' } }, options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    timeout: { control: { type: 'number', min: 0 } },
    refresh: { control: { type: 'number', min: 0 } },
  },
  args: { data: sample },
} satisfies Meta<GaugeArgs>;

export default meta;
type Story = StoryObj<GaugeArgs>;

/** Score histograms for six channels (`demo/public/api/nps.json`). */
export const Data: Story = {};

/** The same sample fetched from `src`. */
export const FromSrc: Story = { args: { data: undefined, src: 'api/nps.json' } };

/** A `data` attribute with raw `responses`. */
export const RawResponses: Story = { args: { data: JSON.stringify({ responses }) } };

/** `channel` counts one channel's answers only. */
export const ChannelFilter: Story = { args: { channel: 'chat' } };

/**
 * The three target states, from the 95 % interval (`targetStatus`): 100 promoters,
 * 85 passives, 15 detractors of 200 → NPS +42.5 ± 8.7, i.e. 33.8 … 51.2.
 * Target 30: the whole interval is above it → ✓ met; target 50: the interval
 * contains it → ≈ within the margin of the target (dashed underline); target 60:
 * the whole interval is under it → ▼ below (red, solid underline).
 */
const fortyTwoAndAHalf = { histograms: [{ metric: 'nps', counts: { '10': 100, '8': 85, '3': 15 } }] };
const threeStates = (lang: 'en' | 'fr') => () => html`
  <div lang=${lang} style="display: flex; flex-wrap: wrap; gap: 1em">
    ${[30, 50, 60].map((target) => html`<kpi-nps-gauge style="flex: 1 1 15rem" target=${target} data=${JSON.stringify(fortyTwoAndAHalf)}></kpi-nps-gauge>`)}
  </div>
`;
/** ✓ target met (30), ≈ within the margin of the target (50), ▼ below target (60), in English. */
export const TargetStatesEnglish: Story = { render: threeStates('en'), globals: { locale: 'en' } };
/** ✓ objectif atteint (30), ≈ dans la marge de l’objectif (50), ▼ sous l’objectif (60), en français. */
export const TargetStatesFrench: Story = { render: threeStates('fr'), globals: { locale: 'fr' } };

/** The target is drawn on the gauge; the meta line says where the score stands against it. */
export const BelowTarget: Story = { args: { target: 30 } };

export const AboveTarget: Story = { args: { target: 15 } };

/** While `src` has not answered: a skeleton. The URL is stubbed to never answer. */
export const Loading: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}pending.json`, timeout: 86400 },
  beforeEach: () => stubFetch('pending.json', never),
};

/** Valid input without answers. */
export const Empty: Story = { args: { data: '{"responses":[]}' } };

/** A `data` attribute that is not JSON. */
export const ErrorInvalidJson: Story = { args: { data: '{"responses": [{"metric": "nps", "score": 9,' } };

/** A score of 11: the error names `responses[0].score`. */
export const ErrorInvalidScore: Story = { args: { data: '{"responses":[{"metric":"nps","score":11,"channel":"chat"}]}' } };

/** `src` answers HTTP 404 (stubbed). */
export const FailedFetch: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}missing.json` },
  beforeEach: () => stubFetch('missing.json', status(404)),
};

/**
 * A real request that fails: `src` names a file the server does not have (HTTP
 * 404 from the server, not from a stub), as a mistyped URL would. The browser
 * logs the 404 in the console; test/storybook allows that one message here.
 */
export const FailedFetchFromServer: Story = { args: { data: undefined, src: 'api/no-such-file.json' } };

export const French: Story = { args: { lang: 'fr', target: 30 }, globals: { locale: 'fr' } };

export const English: Story = { args: { lang: 'en', target: 30 }, globals: { locale: 'en' } };

export const Dark: Story = { args: { theme: 'dark', target: 30 }, globals: { theme: 'dark' } };

export const Light: Story = { args: { theme: 'light', target: 30 }, globals: { theme: 'light' } };

/** French and dark together, one channel, with a target it misses. */
export const FrenchDarkChannel: Story = {
  args: { lang: 'fr', theme: 'dark', channel: 'phone', target: 30 },
  globals: { locale: 'fr', theme: 'dark' },
};

/** `compare="previous"`: the NPS's change against the previous month, in words, ▲ / ▼ and its interval (six months of answers). */
export const ComparePrevious: Story = {
  render: () => html`<kpi-nps-gauge compare="previous" interval="month" target="30" data=${JSON.stringify(npsOverTime())}></kpi-nps-gauge>`,
};

/** `compare="previous"` at 240 px in French and dark: the change sentence wraps under the meta line. */
export const ComparePreviousNarrowFrenchDark: Story = {
  render: () =>
    html`<div style="width: 240px; max-width: 100%"><kpi-nps-gauge lang="fr" theme="dark" compare="previous" interval="month" target="30" data=${JSON.stringify(npsOverTime())}></kpi-nps-gauge></div>`,
  globals: { locale: 'fr', theme: 'dark' },
};
