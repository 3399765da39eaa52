import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { emit, type KpiSurveyQueuedDetail, type KpiSurveySentDetail, type KpiSurveySubmitDetail } from '../../data/events.js';
import { InvalidJson, jsonAttribute } from '../../data/json-attribute.js';
import type { KpiProblem } from '../../data/problem.js';
import { answerOf, fromAttributes, isRequired, isVisible, parseDefinition, textIn, type Answer, type Answers, type Definition, type Question } from '../../survey/definition.js';
import { numericAttribute, type NumericAttribute } from '../../survey/attributes.js';
import { sharedOutbox, type OutboxEvent } from '../../survey/delivery.js';
import { buildPayload, scoreAnswers, uuid } from '../../survey/payload.js';
import { markSeen, shouldAsk } from '../../survey/triggers.js';
import { coreThemeStyles } from '../../theme/core.js';
import { SchemeController } from '../shared/scheme-controller.js';
import { LangController } from '../shared/lang-controller.js';
import { baseStyles } from '../shared/styles.js';
import { focusTarget, renderQuestion } from './survey.questions.js';
import { describeSurveyProblem, SURVEY_STRINGS } from './survey.strings.js';
import { surveyStyles } from './survey.styles.js';

/** `pending` until the triggers are decided; `skipped` outside the sample or when already seen. */
type Phase = 'pending' | 'waiting' | 'skipped' | 'asking' | 'done';
/** `queued`: a copy waits on this device; `unsaved`: only this page holds it (no storage took it). */
type Delivery = 'none' | 'sending' | 'sent' | 'queued' | 'unsaved' | 'rejected';

/** Attribute problems name the attribute the editor wrote, not the definition built from it. */
const ATTRIBUTE_FIELDS: Record<string, string> = { 'questions[0].type': 'metric', 'questions[0].max': 'scale', 'questions[0].label': 'question', id: 'survey-id' };

/** Surveys on the page, for routing outbox events: to the element that submitted, else one showing the same survey. */
const connected = new Set<KpiSurvey>();

/**
 * An inline NPS / CSAT / CES survey that never loses an answer. One question
 * from plain attributes, or a flow from a JSON `definition` (choice and text
 * questions, `showIf` follow-ups, thank-you). Answers are queued on the device
 * (IndexedDB, else `localStorage`) before they are POSTed to `action` with an
 * `Idempotency-Key`, and retried until a 2xx accepts them; when no storage
 * takes one, the survey says so. Form-associated: inside a `<form>` its
 * answers are form data.
 *
 * @summary In-page NPS / CSAT / CES survey with a persistent delivery queue.
 *
 * @csspart base - The card around the survey.
 * @csspart form - The questions and the send button.
 * @csspart question - One question.
 * @csspart label - A question's text.
 * @csspart scale - A score scale (radio group).
 * @csspart option - One score or single-choice option (radio).
 * @csspart ends - The words under the two ends of a scale.
 * @csspart choices - The options of a choice question.
 * @csspart text - The textarea of a text question.
 * @csspart invalid - "Please answer this question."
 * @csspart submit - The send button.
 * @csspart thanks - The thank-you message.
 * @csspart note - The line under the thanks saying the answer waits in the queue on this device, or that it is not saved on this device.
 * @csspart error - A definition error, or an answer the server refused.
 *
 * @cssprop --kpi-color-text - Text.
 * @cssprop --kpi-color-muted - Secondary text, option borders.
 * @cssprop --kpi-color-surface - Card and option background.
 * @cssprop --kpi-color-border - Card border.
 * @cssprop --kpi-color-accent - Selected option, send button, focus ring.
 * @cssprop --kpi-color-error - Error text and border.
 * @cssprop --kpi-color-error-surface - Error background.
 * @cssprop --kpi-font-family - Font.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-spacing - Inner padding.
 * @cssprop --kpi-survey-max-width - Largest width of the card (default 40em).
 *
 * @fires kpi-survey-submit - Answered; `detail`: the payload (`responseId`, `responses`, `answers`…) plus `scores` (each scored answer's `rating`: promoter / passive / detractor, satisfied / not-satisfied, easy / neutral / difficult) and `negative`. Cancelable: cancel it to keep the survey from posting to `action`.
 * @fires kpi-survey-sent - `action` accepted a response; `detail: { responseId, survey, status, attempts }`.
 * @fires kpi-survey-queued - A response waits for a retry; `detail: { responseId, survey, reason, status, attempts, retryAt, persisted }` (`persisted: false`: no storage took it, only this page holds it).
 * @fires kpi-error - The definition (or an attribute) is invalid (a numeric attribute out of range falls back to its default), `action` refused an answer (HTTP 4xx but 408 / 429), or answered with a redirect (not followed; the answer stays queued); `detail` names the `field`, the `code`, the `status` and a localized `message`.
 */
export class KpiSurvey extends LitElement {
  static formAssociated = true;
  static override styles = [coreThemeStyles, baseStyles, surveyStyles];

  // String attributes need no `type`: String is Lit's default.
  static override properties: PropertyDeclarations = {
    definition: { converter: jsonAttribute },
    metric: {},
    question: {},
    scale: { type: Number },
    lowerIsEasier: { type: Boolean, attribute: 'lower-is-easier' },
    comment: {},
    surveyId: { attribute: 'survey-id' },
    channel: {},
    touchpoint: {},
    stage: {},
    action: {},
    timeout: { type: Number },
    delay: { type: Number },
    once: { type: Boolean },
    sample: { type: Number },
    userId: { attribute: 'user-id' },
    name: {},
    required: { type: Boolean, reflect: true },
    lang: { reflect: true },
    theme: { reflect: true },
    frameless: { type: Boolean, reflect: true },
    answers: { attribute: false },
    phase: { state: true, attribute: false },
    delivery: { state: true, attribute: false },
    invalid: { state: true, attribute: false },
  };

  /** A flow as JSON (attribute) or object (property); when set, `metric`, `question`, `scale`, `lower-is-easier` and `comment` are ignored. */
  declare definition: unknown;
  /** One-question survey: `nps` (default), `csat` or `ces`. */
  declare metric: string | null;
  /** One-question survey: the question, replacing the default one. */
  declare question: string | null;
  /** One-question CES: the top of the scale, 7 (default) or 5. */
  declare scale: number | null;
  /** One-question CES: a low score means easy (default: a high score does). */
  declare lowerIsEasier: boolean;
  /** One-question survey: add an optional "why?" text question, `always` or only after a `negative` score. */
  declare comment: string | null;
  /** Names the survey in payloads and for `once`; default the definition's `id`, or `metric-channel-touchpoint`. */
  declare surveyId: string | null;
  /** Channel, touchpoint and journey stage sent with every answer (over the definition's). */
  declare channel: string | null;
  declare touchpoint: string | null;
  declare stage: string | null;
  /** URL the answers are POSTed to as JSON. Without it the survey only fires `kpi-survey-submit` (and fills its form). */
  declare action: string | null;
  /** Seconds to wait for `action` before the answer is queued for a retry (0.1–300; out of range: 10, and `kpi-error`). */
  declare timeout: number;
  /** Seconds after the element is placed before the survey shows (0–86400; out of range: 0, and `kpi-error`). */
  declare delay: number;
  /** Show the survey once per browser (remembered per survey id). */
  declare once: boolean;
  /** Share of visitors asked, 0–1, decided by a stable hash of `user-id` (or a random id kept in storage); out of range: 1, and `kpi-error`. */
  declare sample: number;
  /** The host's id of the visitor, for sampling. */
  declare userId: string | null;
  /** Prefix of the form fields (`<name>.<question id>`) inside a `<form>`. */
  declare name: string | null;
  /** Inside a `<form>`: the form cannot be submitted until the required questions are answered. */
  declare required: boolean;
  /** `fr` or `en`; by default the nearest ancestor's `lang`, then the document's. */
  declare lang: string;
  /** `light` or `dark`; by default the page's `color-scheme` where it names one, else the OS preference. */
  declare theme: 'light' | 'dark' | undefined;
  /** No card: no border, background or padding, for a page whose own card frames the survey. */
  declare frameless: boolean;
  /** The answers so far, by question id. */
  declare answers: Answers;
  declare private phase: Phase;
  declare private delivery: Delivery;
  /** Questions shown as unanswered after a send attempt. */
  declare private invalid: ReadonlySet<string>;

  readonly #internals: ElementInternals;
  /** Draws in the page's colour scheme unless `theme` says which. */
  protected readonly scheme: SchemeController;
  readonly #langs = new LangController(this);
  #parsed: { definition?: Definition; problem?: KpiProblem } = {};
  /** The numeric attributes as used: each one given, or its default when it was out of range. */
  readonly #numbers: Record<NumericAttribute, number> = { timeout: 10, delay: 0, sample: 1 };
  /** One per response: kept until `form.reset()` starts another, whatever the number of submits. */
  #responseId = uuid();
  /** This response was submitted (a second submit, even in the same task, is the same response). */
  #submitted = false;
  #rejection: KpiProblem | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #unlisten?: () => void;
  /** Answers taken here and not settled yet. Kept on the element, not in a page-wide map: a removed survey is not held by an answer waiting in the queue. */
  readonly #taken = new Set<string>();

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.scheme = new SchemeController(this, this.#internals);
    this.frameless = false;
    this.metric = this.question = this.scale = this.comment = this.surveyId = null;
    this.channel = this.touchpoint = this.stage = this.action = this.userId = this.name = null;
    this.lowerIsEasier = this.once = this.required = false;
    this.timeout = 10;
    this.delay = 0;
    this.sample = 1;
    this.answers = {};
    this.phase = 'pending';
    this.delivery = 'none';
    this.invalid = new Set();
  }

  /** The problem with the definition or the attributes, if any. */
  get problem(): KpiProblem | undefined {
    return this.#parsed.problem;
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    const outbox = sharedOutbox();
    this.#unlisten = outbox.listen((e) => this.#onDelivery(e));
    // Any page with a survey sends what earlier pages left in the queue.
    outbox.start();
    // Back on the page before it showed: its `delay` starts again (see willUpdate).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.#unlisten?.();
    clearTimeout(this.#timer);
    if (this.phase === 'waiting') this.phase = 'pending';
  }

  formAssociatedCallback(): void {
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.answers = {};
    this.invalid = new Set();
    this.#responseId = uuid();
    this.#submitted = false;
    if (this.phase === 'done') this.phase = 'asking';
  }

  get #s() {
    return SURVEY_STRINGS[this.#langs.locale];
  }

  get #visible(): Question[] {
    const def = this.#parsed.definition;
    return def ? def.questions.filter((q) => isVisible(def, q, this.answers)) : [];
  }

  get #missing(): Question[] {
    return this.#visible.filter((q) => isRequired(q) && isEmpty(answerOf(this.answers, q.id)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const name of ['timeout', 'delay', 'sample'] as const) {
      if (this.hasUpdated && !changed.has(name)) continue;
      const { value, problem } = numericAttribute(name, this[name]);
      this.#numbers[name] = value;
      if (problem) this.#fail(problem);
    }
    const inputs = ['definition', 'metric', 'question', 'scale', 'lowerIsEasier', 'comment', 'surveyId', 'sample'] as const;
    if (!this.hasUpdated || inputs.some((k) => changed.has(k))) this.#resolve();
    const def = this.#parsed.definition;
    // Not while detached (an update still runs after removal): no `delay` timer for a survey off the page.
    if (this.phase === 'pending' && def && this.isConnected) this.#trigger(def.id);
  }

  /** Reads the definition (or the attributes); a new survey id starts afresh. */
  #resolve(): void {
    const before = this.#parsed.definition?.id;
    const parsed = (this.#parsed = this.#parse());
    if (parsed.problem) this.#fail(parsed.problem);
    if (parsed.definition?.id !== before) {
      clearTimeout(this.#timer);
      this.phase = 'pending';
      this.answers = {};
      this.invalid = new Set();
      // Another survey is another response.
      if (this.#submitted) this.#responseId = uuid();
      this.#submitted = false;
    }
  }

  #parse(): { definition?: Definition; problem?: KpiProblem } {
    const { definition } = this;
    try {
      if (definition instanceof InvalidJson) return { problem: { source: 'definition', field: '', code: 'json', reason: definition.reason } };
      const own = definition !== undefined && definition !== null;
      const input = own ? definition : fromAttributes(this);
      const r = parseDefinition(input);
      if (!r.ok) {
        const problem = r.problem;
        if (!own) problem.field = ATTRIBUTE_FIELDS[problem.field] ?? problem.field;
        return { problem };
      }
      if (this.surveyId) r.definition.id = this.surveyId;
      return { definition: r.definition };
    } catch (error) {
      // A .definition whose reading throws (a getter, a revoked Proxy) is refused, never thrown into the page.
      return { problem: { source: 'definition', field: '', code: 'type', expected: 'object', reason: String(error) } };
    }
  }

  /** Sampling and `once` are decided once per survey id; `delay` then holds it back. */
  #trigger(id: string): void {
    if (!shouldAsk({ surveyId: id, sample: this.#numbers.sample, once: this.once, userId: this.userId })) {
      this.phase = 'skipped';
      return;
    }
    const show = () => {
      markSeen(id);
      this.phase = 'asking';
    };
    this.phase = 'waiting';
    if (this.#numbers.delay > 0) this.#timer = setTimeout(show, this.#numbers.delay * 1000);
    else show();
  }

  protected override updated(): void {
    this.#syncForm();
  }

  #fail(problem: KpiProblem): void {
    emit(this, 'kpi-error', { ...problem, message: describeSurveyProblem(problem, this.#s) });
  }

  /** Form data `<name>.<question id>` (or `<question id>`) per answer shown; `required` applies only once the survey shows. */
  #syncForm(): void {
    const data = new FormData();
    for (const q of this.#visible) {
      const a = answerOf(this.answers, q.id);
      if (!isEmpty(a)) data.append(this.name ? `${this.name}.${q.id}` : q.id, String(a));
    }
    this.#internals.setFormValue(data);
    const missing = this.required && this.phase === 'asking' ? this.#missing[0] : undefined;
    const anchor = missing && focusTarget(this.renderRoot, this.#visible.indexOf(missing));
    this.#internals.setValidity({ valueMissing: !!missing }, missing ? this.#s.answerThis : '', anchor || undefined);
  }

  readonly #select = (q: Question, value: Answer) => {
    this.answers = { ...this.answers, [q.id]: value };
    if (this.invalid.has(q.id)) this.invalid = new Set([...this.invalid].filter((id) => id !== q.id));
  };

  async #submit(e: Event): Promise<void> {
    e.preventDefault();
    // `requestSubmit()` twice in one task reaches here twice before the form is gone.
    if (this.#submitted || this.phase !== 'asking') return;
    const def = this.#parsed.definition!;
    const missing = this.#missing;
    if (missing.length > 0) {
      this.invalid = new Set(missing.map((q) => q.id));
      await this.updateComplete;
      focusTarget(this.renderRoot, this.#visible.indexOf(missing[0]!))?.focus();
      return;
    }
    const payload = buildPayload(def, this.answers, { channel: this.channel, touchpoint: this.touchpoint, stage: this.stage, responseId: this.#responseId, at: new Date().toISOString(), lang: this.#langs.locale, uuid });
    const scores = scoreAnswers(payload.responses);
    const detail: KpiSurveySubmitDetail = { ...payload, scores, negative: scores.some((s) => s.negative) };
    // Settled before any listener runs: a listener submitting again finds it done.
    this.#submitted = true;
    this.phase = 'done';
    const post = emit(this, 'kpi-survey-submit', detail, true) && !!this.action;
    const hadFocus = this.matches(':focus-within');
    this.delivery = post ? 'sending' : 'none';
    await this.updateComplete;
    // Keyboard and screen-reader users land on the thanks, not on <body>.
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus();
    if (!post) return;
    const id = payload.responseId;
    this.#taken.add(id);
    await sharedOutbox().submit({ id, action: new URL(this.action!, document.baseURI).href, body: JSON.stringify(payload), survey: def.id, timeout: this.#numbers.timeout, attempts: 0, queuedAt: Date.now() });
  }

  /** Events go to the element that took the answer, else (an answer from an earlier page) to one showing the same survey. */
  #onDelivery(e: OutboxEvent): void {
    const { id, survey, attempts, action } = e.entry;
    const target = [...connected].find((s) => s.#taken.has(id)) ?? [...connected].find((s) => s.#parsed.definition?.id === survey);
    if (target !== this) return;
    const mine = this.#taken.has(id);
    const detail = { responseId: id, survey, attempts, status: e.status };
    if (e.kind === 'queued') {
      if (mine) this.delivery = e.persisted ? 'queued' : 'unsaved';
      emit<KpiSurveyQueuedDetail>(this, 'kpi-survey-queued', { ...detail, reason: e.reason, retryAt: new Date(e.retryAt).toISOString(), persisted: e.persisted });
      // A redirect is a misconfigured `action` (a login page, a missing trailing slash): said once per answer, for the page's developer.
      if (e.reason === 'redirect' && attempts === 1) this.#fail({ source: 'action', field: 'action', code: 'redirect', url: action, reason: `${action} answered with a redirect, which is not followed; the answer stays queued` });
      return;
    }
    this.#taken.delete(id);
    if (e.kind === 'sent') {
      if (mine) this.delivery = 'sent';
      emit<KpiSurveySentDetail>(this, 'kpi-survey-sent', detail as KpiSurveySentDetail);
      return;
    }
    const problem: KpiProblem = { source: 'action', field: 'action', code: 'http', status: e.status, url: action, reason: `${action} answered HTTP ${e.status}` };
    if (mine) {
      this.#rejection = problem;
      this.delivery = 'rejected';
    }
    this.#fail(problem);
  }

  protected override render(): TemplateResult | typeof nothing {
    const s = this.#s;
    const lang = this.#langs.locale;
    const def = this.#parsed.definition;
    const problem = this.#parsed.problem ?? (this.delivery === 'rejected' ? this.#rejection : undefined);
    let body: TemplateResult;
    if (problem) {
      body = html`<div class="error" part="error" role="alert">
        <p><strong>${def ? s.rejected : s.definitionError}</strong></p>
        <p>${describeSurveyProblem(problem, s)}</p>
      </div>`;
    } else if (this.phase === 'asking') {
      // Inside a host <form> without `action`, the host form sends the answers: no button of our own.
      body = html`<form part="form" novalidate @submit=${this.#submit}>
        ${this.#visible.map((q) => renderQuestion({ q, answer: answerOf(this.answers, q.id), invalid: this.invalid.has(q.id), lang, s, select: this.#select }))}
        ${this.#internals.form && !this.action ? nothing : html`<button class="submit" part="submit">${s.submit}</button>`}
      </form>`;
    } else if (this.phase === 'done') {
      body = html`<div class="thanks" part="thanks" role="status" tabindex="-1">
        <p>${textIn(def!.thanks, lang, s.thanks)}</p>
        ${this.delivery === 'queued' ? html`<p class="note muted" part="note">${s.saved}</p>`
        : this.delivery === 'unsaved' ? html`<p class="note" part="note">${s.notSaved}</p>`
        : nothing}
      </div>`;
    } else return nothing;
    return html`<section part="base" class="base" lang=${lang}>${body}</section>`;
  }
}

const isEmpty = (a: Answer | undefined) => a === undefined || String(a).trim() === '';
