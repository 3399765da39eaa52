import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { never, STUB_PREFIX, stubFetch } from './support/fetch-stub.js';
import { commentedAnswers, hostileAnswers } from './support/comments-samples.js';

/** Story args: the element's attributes (named as in custom-elements.json), objects written as JSON. */
interface CommentsArgs {
  data?: string | object;
  src?: string;
  metric?: 'nps' | 'csat' | 'ces';
  channel?: string;
  group?: string;
  'page-size'?: number;
  themes?: number;
  lang?: string;
  theme?: 'light' | 'dark';
  timeout?: number;
  onKpiCommentSelect?: (event: Event) => void;
  onKpiError?: (event: Event) => void;
}

const meta = {
  title: 'Elements/kpi-comments',
  component: 'kpi-comments',
  render: (args, { globals }) => html`<kpi-comments
    data=${ifDefined(typeof args.data === 'object' ? JSON.stringify(args.data) : args.data)}
    src=${ifDefined(args.src)}
    metric=${ifDefined(args.metric)}
    channel=${ifDefined(args.channel)}
    group=${ifDefined(args.group)}
    page-size=${ifDefined(args['page-size'])}
    themes=${ifDefined(args.themes)}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme ?? globals.theme}
    timeout=${ifDefined(args.timeout)}
    @kpi-comment-select=${args.onKpiCommentSelect}
    @kpi-error=${args.onKpiError}
  ></kpi-comments>`,
  argTypes: {
    data: { control: 'object' },
    metric: { control: 'inline-radio', options: ['nps', 'csat', 'ces'] },
    channel: { control: 'text' },
    group: { control: 'select', options: ['', 'promoter', 'passive', 'detractor', 'satisfied', 'not-satisfied', 'easy', 'neutral', 'difficult'] },
    'page-size': { control: 'number' },
    themes: { control: 'number' },
    lang: { control: { type: 'inline-radio', labels: { '': '(inherit)' } }, options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  args: { data: { responses: commentedAnswers() }, 'page-size': 6 },
} satisfies Meta<CommentsArgs>;

export default meta;
type Story = StoryObj<CommentsArgs>;

const width =
  (px: number): Decorator =>
  (story) => html`<div style="width: ${px}px; max-width: 100%">${story()}</div>`;

/** NPS comments newest first, six at a time, with the words that set detractors apart from promoters. */
export const Nps: Story = {};

/** CSAT: unsatisfied against satisfied. */
export const Csat: Story = { args: { data: { responses: commentedAnswers(40, 'csat') }, metric: 'csat' } };

/** The detractors of the phone channel, set by attributes (the reader can change them). */
export const Filtered: Story = { args: { group: 'detractor', channel: 'phone' } };

/** Markup, bidi overrides, zero-width characters and a long word: shown as text, placeholders visible. */
export const HostileText: Story = { args: { data: { responses: hostileAnswers } } };

/** Without the themes. */
export const NoThemes: Story = { args: { themes: 0 } };

export const French: Story = { args: { lang: 'fr' }, globals: { locale: 'fr' } };

export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** 240 px: the filters stack, the themes go under the list. */
export const Narrow: Story = { args: { lang: 'fr' }, globals: { locale: 'fr' }, decorators: [width(240)] };

/** Answers, but none with a comment. */
export const Empty: Story = { args: { data: { responses: [{ metric: 'nps', score: 9 }] } } };

/** The whole input refused: the error names the field. */
export const ErrorBadDocument: Story = { args: { data: { responses: [{ metric: 'nps', score: 12, comment: 'x' }] } } };

/** While `src` has not answered. */
export const Loading: Story = {
  args: { data: undefined, src: `${STUB_PREFIX}pending-comments.json`, timeout: 86400 },
  beforeEach: () => stubFetch('pending-comments.json', never),
};
