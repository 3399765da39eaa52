import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { never, status, STUB_PREFIX, stubFetch } from './support/fetch-stub.js';

/** Story args: the element's attributes (`definition` as an object is written as JSON) and its event handlers. */
interface SurveyArgs {
  definition?: string | object;
  metric?: string;
  question?: string;
  scale?: number;
  lowerIsEasier?: boolean;
  comment?: string;
  surveyId?: string;
  channel?: string;
  touchpoint?: string;
  stage?: string;
  action?: string;
  timeout?: number;
  delay?: number;
  once?: boolean;
  sample?: number;
  userId?: string;
  lang?: string;
  theme?: 'light' | 'dark';
  onKpiSurveySubmit?: (event: Event) => void;
  onKpiSurveySent?: (event: Event) => void;
  onKpiSurveyQueued?: (event: Event) => void;
  onKpiError?: (event: Event) => void;
}

/** The collector the stories post to: a fetch stub, so the stories work in the static build. */
const ACTION = `${STUB_PREFIX}answers`;
const accepted = stubbed('answers', async () => new Response('{"ok":true}', { status: 200, headers: { 'Content-Type': 'application/json' } }));

/** Installs the stub while the story is shown (Storybook calls the returned cleanup). */
function stubbed(name: string, handler: Parameters<typeof stubFetch>[1]) {
  return () => stubFetch(name, handler);
}

/** A flow: NPS, "why?" for detractors, a choice with its own follow-up, bilingual texts. */
const flow = {
  id: 'after-chat',
  questions: [
    { id: 'score', type: 'nps' },
    { id: 'why', type: 'text', showIf: { question: 'score', lte: 6 } },
    {
      id: 'topic',
      type: 'choice',
      label: { en: 'What was your chat about?', fr: 'Quel était le sujet de votre échange ?' },
      options: [
        { value: 'billing', label: { en: 'Billing', fr: 'Facturation' } },
        { value: 'delivery', label: { en: 'Delivery', fr: 'Livraison' } },
        { value: 'other', label: { en: 'Something else', fr: 'Autre chose' } },
      ],
      required: false,
    },
    { id: 'invoice', type: 'text', label: { en: 'Which invoice was it?', fr: 'De quelle facture s’agissait-il ?' }, showIf: { question: 'topic', in: ['billing'] } },
  ],
  thanks: { en: 'Thank you! Your feedback goes straight to the support team.', fr: 'Merci ! Votre avis part directement à l’équipe support.' },
};

const meta = {
  title: 'Elements/kpi-survey',
  component: 'kpi-survey',
  // An unset arg leaves its attribute out (the element's default applies); `theme` falls back to the toolbar's.
  render: (args, { globals }) => html`<kpi-survey
    definition=${ifDefined(typeof args.definition === 'object' ? JSON.stringify(args.definition) : args.definition)}
    metric=${ifDefined(args.metric || undefined)}
    question=${ifDefined(args.question || undefined)}
    scale=${ifDefined(args.scale)}
    ?lower-is-easier=${args.lowerIsEasier}
    comment=${ifDefined(args.comment || undefined)}
    survey-id=${ifDefined(args.surveyId || undefined)}
    channel=${ifDefined(args.channel || undefined)}
    touchpoint=${ifDefined(args.touchpoint || undefined)}
    stage=${ifDefined(args.stage || undefined)}
    action=${ifDefined(args.action || undefined)}
    timeout=${ifDefined(args.timeout)}
    delay=${ifDefined(args.delay)}
    ?once=${args.once}
    sample=${ifDefined(args.sample)}
    user-id=${ifDefined(args.userId || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    theme=${args.theme ?? globals.theme}
    @kpi-survey-submit=${args.onKpiSurveySubmit}
    @kpi-survey-sent=${args.onKpiSurveySent}
    @kpi-survey-queued=${args.onKpiSurveyQueued}
    @kpi-error=${args.onKpiError}
  ></kpi-survey>`,
  // Descriptions and types come from custom-elements.json; these pick the controls.
  argTypes: {
    definition: { control: 'object' },
    metric: { control: 'inline-radio', options: ['nps', 'csat', 'ces'] },
    scale: { control: 'inline-radio', options: [5, 7] },
    comment: { control: { type: 'inline-radio', labels: { '': '(none)' } }, options: ['', 'always', 'negative'] },
    sample: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    lang: { control: { type: 'inline-radio', labels: { '': '(inherit)' } }, options: ['', 'en', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  args: { metric: 'nps', channel: 'chat', touchpoint: 'after-chat', action: ACTION },
  beforeEach: accepted,
} satisfies Meta<SurveyArgs>;

export default meta;
type Story = StoryObj<SurveyArgs>;

/** Answers a score and sends, as a visitor would (for the stories that show what comes after). */
async function answer(canvas: HTMLElement, score: string) {
  const el = canvas.querySelector('kpi-survey') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
  if (!el) return;
  await el.updateComplete;
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')].find((r) => r.textContent === score)?.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')?.click();
}

/** `<kpi-survey metric="nps" channel="chat" touchpoint="after-chat" action="…">`: one question from plain attributes. */
export const NpsFromAttributes: Story = {};

/** NPS with a "why?" asked only after a detractor's score (0–6): `comment="negative"`. */
export const NpsWithWhy: Story = { args: { comment: 'negative' } };

/** CSAT, 1–5. */
export const Csat: Story = { args: { metric: 'csat', touchpoint: 'after-delivery', channel: 'email' } };

/** CES on 1–5 where a low score is easy (`scale="5" lower-is-easier`): the end labels follow the polarity. */
export const CesLowerIsEasier: Story = { args: { metric: 'ces', scale: 5, lowerIsEasier: true, question: 'How much effort did it take to solve your issue?' } };

/** CES on 1–7, higher is easier (the default). */
export const Ces: Story = { args: { metric: 'ces' } };

/** A JSON flow: choice, text, `showIf` on an earlier answer (pick 0–6, then "Billing"), a thank-you of its own. */
export const Flow: Story = { args: { definition: flow } };

/** After sending: the thank-you state (the story answers 9 and sends). */
export const ThankYou: Story = { play: ({ canvasElement }) => answer(canvasElement, '9') };

/** The endpoint answers 503: the answer waits in the queue (`kpi-survey-queued`) and the visitor is told it will be sent. */
export const QueuedForRetry: Story = {
  args: { action: `${STUB_PREFIX}down` },
  beforeEach: stubbed('down', status(503)),
  play: ({ canvasElement }) => answer(canvasElement, '3'),
};

/** The endpoint refuses the answer (HTTP 400): not retried, shown as an error, `kpi-error` fired. */
export const Rejected: Story = {
  args: { action: `${STUB_PREFIX}refuses` },
  beforeEach: stubbed('refuses', status(400)),
  play: ({ canvasElement }) => answer(canvasElement, '7'),
};

/** Sending takes a while (the stub never answers within the story). */
export const Sending: Story = {
  args: { action: `${STUB_PREFIX}slow`, timeout: 86400 },
  beforeEach: stubbed('slow', never),
  play: ({ canvasElement }) => answer(canvasElement, '10'),
};

/** The network is down (the stubbed `fetch` rejects, as it does offline): queued with `reason: "network"`, retried later. */
export const QueuedNetworkDown: Story = {
  args: { action: `${STUB_PREFIX}unreachable` },
  beforeEach: stubbed('unreachable', async () => {
    throw new TypeError('Failed to fetch');
  }),
  play: ({ canvasElement }) => answer(canvasElement, '8'),
};

/** The flow after a detractor's score (3): its "why?" follow-up (`showIf: { question: "score", lte: 6 }`) has appeared. */
export const FlowFollowUpShown: Story = {
  args: { definition: flow },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kpi-survey') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    if (!el) return;
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')].find((r) => r.textContent === '3')?.click();
    await el.updateComplete;
  },
};

/** CSAT in French, dark. */
export const CsatFrenchDark: Story = {
  args: { metric: 'csat', channel: 'store', touchpoint: 'in-store', lang: 'fr', theme: 'dark' },
  globals: { locale: 'fr', theme: 'dark' },
};

/** CES (1–7, higher is easier) in French. */
export const CesFrench: Story = { args: { metric: 'ces', lang: 'fr' }, globals: { locale: 'fr' } };

/** Sent, in French: the thank-you state after the stubbed endpoint accepted the answer. */
export const ThankYouFrench: Story = { args: { lang: 'fr' }, globals: { locale: 'fr' }, play: ({ canvasElement }) => answer(canvasElement, '10') };

/** A definition with a mistake: the error names the field (`questions[1].showIf.question`). */
export const DefinitionError: Story = {
  args: { definition: { id: 'broken', questions: [{ id: 'score', type: 'nps' }, { id: 'why', type: 'text', showIf: { question: 'scor', lte: 6 } }] } },
};

/** A typo in an attribute a CMS editor wrote: `metric="npx"`. */
export const AttributeError: Story = { args: { metric: 'npx' } };

export const French: Story = { args: { lang: 'fr', definition: flow }, globals: { locale: 'fr' } };

export const English: Story = { args: { lang: 'en', definition: flow }, globals: { locale: 'en' } };

export const Dark: Story = { args: { theme: 'dark', definition: flow }, globals: { theme: 'dark' } };

export const Light: Story = { args: { theme: 'light', definition: flow }, globals: { theme: 'light' } };

/**
 * Inside a host `<form>` (form-associated): its answers are the form's data
 * under `name` (`feedback.score`), and a missing required answer blocks the form.
 */
export const InForm: Story = {
  render: (args, { globals }) => html`<form
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const out = (e.target as HTMLFormElement).querySelector('output');
      if (out) out.value = JSON.stringify(Object.fromEntries(new FormData(e.target as HTMLFormElement)));
    }}
    style="display: grid; gap: 1rem; max-width: 40rem"
  >
    <label>Order number <input name="order" value="A-1024" /></label>
    <kpi-survey name="feedback" metric=${args.metric ?? 'nps'} channel="store" lang=${ifDefined(args.lang || undefined)} theme=${args.theme ?? globals.theme}></kpi-survey>
    <button>Send the form</button>
    <output aria-live="polite"></output>
  </form>`,
};

/** `delay="2"`: the survey appears two seconds after the page shows it. */
export const Delayed: Story = { args: { delay: 2 } };
