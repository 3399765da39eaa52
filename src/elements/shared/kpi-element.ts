/**
 * What every omnikpi element shares: the input attributes (`data`, `src`,
 * `refresh`, `timeout`), `lang` and `theme`, the data controller, and the
 * loading / empty / error states. A subclass gives its schema and draws the data.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { DataController, type DataStatus } from '../../data/data-controller.js';
import { describeProblem } from '../../data/describe.js';
import { emit, type KpiThresholdDetail } from '../../data/events.js';
import type { ReadLarge } from '../../data/fetch-json.js';
import { jsonAttribute } from '../../data/json-attribute.js';
import type { KpiProblem } from '../../data/problem.js';
import { readInWorker } from '../../data/read-in-worker.js';
import { KpiDocumentSchema } from '../../engine/schemas.js';
import { strings, type Lang, type Strings } from '../../i18n/strings.js';
import { themeStyles } from '../../theme/tokens.js';
import { SchemeController } from './scheme-controller.js';
import { LangController } from './lang-controller.js';
import { stateStyles } from './state-styles.js';
import { baseStyles } from './styles.js';

export abstract class KpiElement<T> extends LitElement {
  static override styles = [themeStyles, baseStyles, stateStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: 'data', converter: jsonAttribute },
    src: { type: String },
    refresh: { type: Number },
    timeout: { type: Number },
    target: { type: Number },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    frameless: { type: Boolean, reflect: true },
  };

  /** The input: a JSON string in the attribute, an object in the property. */
  declare data: unknown;
  /** URL to fetch the input from (GET, same-origin credentials). A new `src` aborts the request in flight; elements loading the same `src` at once share one request. */
  declare src: string | null;
  /** Seconds between re-fetches of `src`; 0 = never. The last good data stays on a failed refresh. */
  declare refresh: number;
  /** Seconds to wait for `src` before showing an error. */
  declare timeout: number;
  /** The goal for the KPI, drawn on the chart; crossing it fires `kpi-threshold`. */
  declare target: number | null;
  /** `fr` or `en`; by default the nearest ancestor's `lang`, then the document's. */
  declare lang: string;
  /** `light` or `dark`; by default the page's `color-scheme` where it names one, else the OS preference. */
  declare theme: 'light' | 'dark' | undefined;
  /** No card: no border, background, padding or visible title, for a page whose own card frames the element (the title stays its accessible name). */
  declare frameless: boolean;
  /** Resolves `lang` from the element, its ancestors or the document, and follows changes. */
  readonly #langs = new LangController(this);
  /** Draws in the page's colour scheme unless `theme` says which. */
  protected readonly scheme = new SchemeController(this, this.attachInternals());

  protected readonly input: DataController<T>;
  /** The side of the target each value (by group key) was on when last shown. */
  readonly #sides = new Map<string, KpiThresholdDetail['side']>();
  /** Valid data whose figures the engine refused when drawn (scores off the element's scale, overflowing totals), and why. */
  #failure: [T, KpiProblem] | undefined;

  constructor() {
    super();
    this.src = null;
    this.refresh = 0;
    this.timeout = 10;
    this.target = null;
    this.frameless = false;
    const schema = this.schema();
    this.input = new DataController<T>(this, {
      schema,
      isEmpty: (value) => this.isEmpty(value),
      describe: (problem) => describeProblem(problem, this.strings),
      // The worker validates with the document schema: it stands in for that schema only.
      readLarge: (schema as unknown) === KpiDocumentSchema ? (readInWorker as ReadLarge<unknown> as ReadLarge<T>) : undefined,
    });
  }

  /** The zod schema of this element's input. */
  protected abstract schema(): z.ZodMiniType<T>;
  /** Whether a valid input has nothing to show. */
  protected abstract isEmpty(value: T): boolean;
  /** The chart for valid, non-empty input. */
  protected abstract renderData(value: T): TemplateResult;
  /** The title above every state. */
  protected abstract heading(): string;

  /** Current state: loading, empty, error or ready (ready may carry a stale-refresh problem). */
  get status(): DataStatus {
    const status = this.input.status;
    return status === 'ready' && this.#failed() ? 'error' : status;
  }

  /** The problem with the latest input, if any (the last good data is still shown). */
  get problem(): KpiProblem | undefined {
    return this.input.problem ?? this.#failed()?.[1];
  }

  /** The failure of the data now held, if the engine refused its figures. */
  #failed(): [T, KpiProblem] | undefined {
    return this.#failure?.[0] === this.input.value ? this.#failure : undefined;
  }

  /** Re-fetches `src` now. */
  reload(): Promise<void> {
    return this.input.reload();
  }

  /** The language in use, resolved from `lang` (not an attribute: it follows the page). */
  protected get locale(): Lang {
    return this.#langs.locale;
  }

  protected get strings(): Strings {
    return strings(this.locale);
  }

  protected override willUpdate(): void {
    // A target that is no number (`target="abc"` reads as NaN) is no target, as HTML ignores a bad numeric attribute.
    if (!Number.isFinite(this.target ?? 0)) this.target = null;
  }

  /** Also waits for the renders an update asks for at once (a chart drawn once its box is measured). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.isUpdatePending) result = await super.getUpdateComplete();
    return result;
  }

  protected override render(): TemplateResult {
    // The data's own state: ready data is drawn again (a new attribute may make it drawable).
    const status = this.input.status;
    let body: unknown;
    if (status === 'loading') body = this.renderLoading();
    else if (status === 'empty') body = html`<p class="state" part="empty">${this.emptyMessage()}</p>`;
    else if (status === 'error') body = this.renderProblem(this.input.problem!, 'error');
    else body = this.#renderSafely(this.input.value!);
    // Data on screen (even "no answers yet") stays; a later failure is said beside it.
    const stale = (status === 'ready' || status === 'empty') && this.input.problem ? this.renderProblem(this.input.problem, 'stale') : nothing;
    return html`<section part="base" class="base" aria-busy=${status === 'loading' ? 'true' : 'false'} lang=${this.locale}>
      <h2 class="title" part="title">${this.heading()}</h2>
      ${body}${stale}
    </section>`;
  }

  #renderSafely(value: T): unknown {
    try {
      const body = this.renderData(value);
      this.#failure = undefined;
      return body;
    } catch (error) {
      // The host page goes on: a figure the engine refuses becomes the error state, announced once.
      const reason = String((error as Error)?.message ?? error);
      let failure = this.#failed();
      if (!failure || failure[1].reason !== reason) {
        // The engine's messages start with the field at fault when it is one of the document's (`journeys: …`).
        const f: [T, KpiProblem] = [value, { source: 'data', field: /^((?:responses|histograms|journeys)[\w.[\]]*): /.exec(reason)?.[1] ?? '', code: 'compute', reason }];
        this.#failure = failure = f;
        // After this render and the data controller's "kpi-data" (the data was accepted).
        queueMicrotask(() => this.#failed() === f && emit(this, 'kpi-error', { ...f[1], message: describeProblem(f[1], this.strings) }));
      }
      return this.renderProblem(failure[1], 'error');
    }
  }

  /** What the empty state says; "no answers yet" unless the element counts something else. */
  protected emptyMessage(): string {
    return this.strings.empty;
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="skeleton" part="loading" role="status">
      <span class="visually-hidden">${this.strings.loading}</span>
      <span class="block" aria-hidden="true"></span><span aria-hidden="true"></span><span class="short" aria-hidden="true"></span>
    </div>`;
  }

  protected renderProblem(problem: KpiProblem, kind: 'error' | 'stale'): TemplateResult {
    const s = this.strings;
    const message = describeProblem(problem, s);
    return kind === 'error'
      ? html`<div class="error" part="error" role="alert"><p><strong>${s.errorTitle}</strong></p> <p>${message}</p></div>`
      : html`<div class="stale" part="error" role="status"><p>${s.staleTitle}</p> <p>${message}</p></div>`;
  }

  /**
   * Fires `kpi-threshold` when `value` lands on the other side of `target` than
   * last time; `key` tells apart the values of one element (a channel's bar).
   */
  protected watchThreshold(value: number | null, key?: string): void {
    const target = this.target;
    if (value === null || target === null || target === undefined || !Number.isFinite(target)) return;
    const side = value >= target ? 'above' : 'below';
    const previous = this.#sides.get(key ?? '') ?? null;
    if (side === previous) return;
    this.#sides.set(key ?? '', side);
    emit<KpiThresholdDetail>(this, 'kpi-threshold', { value, target, side, previous, ...(key === undefined ? {} : { key }) });
  }
}
