import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { emit } from '../../data/events.js';
import { BAD_GROUP, commentTerms, commentThemes, foldText, GOOD_GROUP, SCORE_GROUPS, scoreGroup, type CommentTheme, type ScoreGroup } from '../../engine/comment-themes.js';
import { METRICS, ResponseSchema, type Metric, type Response } from '../../engine/schemas.js';
import { displayText } from '../../i18n/display-text.js';
import { formatNumber } from '../../i18n/format.js';
import { KpiElement } from '../shared/kpi-element.js';
import { COMMENTS_STRINGS } from './comments.strings.js';
import { commentsStyles } from './comments.styles.js';

/** The input: answers (histograms carry no comment). */
const CommentsInputSchema = z.object({ responses: z.optional(z.array(ResponseSchema)) });
type CommentsInput = z.infer<typeof CommentsInputSchema>;

/** A comment on screen is cut past this many characters (the event carries it whole). */
const SHOWN_CHARS = 2000;
const BAD = new Set<ScoreGroup>(Object.values(BAD_GROUP));
const GOOD = new Set<ScoreGroup>(Object.values(GOOD_GROUP));

export interface KpiCommentSelectDetail {
  /** The answer whose comment was activated, as the input gave it. */
  response: Response;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-comment-select': CustomEvent<KpiCommentSelectDetail>;
  }
}

interface Item {
  response: Response;
  group: ScoreGroup;
  time: number;
}

interface Computed {
  metric: Metric;
  items: Item[];
  channels: string[];
  bad: CommentTheme[];
  good: CommentTheme[];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Each comment's folded text and terms, computed once. */
const folded = new WeakMap<Response, string>();
const terms = new WeakMap<Response, Set<string>>();

/**
 * The verbatims behind a score: the answers that carry a `comment`, newest first, each
 * with its score group (promoter / passive / detractor, satisfied or not, easy /
 * difficult: the engine's cut-offs), channel, touchpoint and date; filters by group and
 * channel, a case- and accent-insensitive search, and `page-size` comments at a time.
 * Beside the list (below it when narrow), the words and two-word phrases that set the
 * unhappy answers apart from the happy ones (`commentThemes`, Fightin' Words z-scores);
 * picking one filters the list to the comments that contain it. Comments and names are
 * shown as text, with bidi controls and invisible characters made visible (`displayText`).
 *
 * @summary Customer comments with filters, search and the themes that set detractors apart.
 *
 * @csspart base - The card around the element.
 * @csspart title - The heading.
 * @csspart filters - The group, channel and search controls.
 * @csspart list - The list of comments.
 * @csspart comment - One comment (focusable; Enter, Space or a click fires `kpi-comment-select`).
 * @csspart group - A comment's score group, in words.
 * @csspart more - The "show more" button.
 * @csspart themes - The themes beside (or below) the list.
 * @csspart theme - One theme's button.
 * @csspart theme-filter - The line saying the list is filtered by a theme, with its clear button.
 * @csspart error - The error message (whole element, or a failed refresh over the last good data).
 * @csspart empty - The "no comments yet" message.
 * @csspart loading - The skeleton shown while `src` loads.
 *
 * @cssprop --kpi-color-text - Text.
 * @cssprop --kpi-color-muted - Dates, channels, counts.
 * @cssprop --kpi-color-surface - Card background.
 * @cssprop --kpi-color-border - Card, comment and control borders.
 * @cssprop --kpi-color-accent - Focus ring, a picked theme.
 * @cssprop --kpi-color-promoter - The happy groups' mark (promoters, satisfied, easy).
 * @cssprop --kpi-color-passive - Passives and neutral answers.
 * @cssprop --kpi-color-detractor - The unhappy groups' mark (detractors, not satisfied, difficult).
 * @cssprop --kpi-color-error - Error text.
 * @cssprop --kpi-color-error-surface - Error background.
 * @cssprop --kpi-color-skeleton - The loading skeleton.
 * @cssprop --kpi-font-family - Font.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-spacing - Inner padding.
 *
 * @fires kpi-data - New valid input was rendered; `detail: { data, source }`.
 * @fires kpi-error - The input is invalid or `src` failed; `detail` names the `field` (`responses[3].score`), the `code` and a localized `message`.
 * @fires kpi-comment-select - A comment was activated (click, Enter or Space); `detail: { response }`, the answer as given (for a host page that opens it in its CRM).
 */
export class KpiComments extends KpiElement<CommentsInput> {
  static override styles = [...KpiElement.styles, commentsStyles];

  static override properties: PropertyDeclarations = {
    ...KpiElement.properties,
    metric: { type: String },
    channel: { type: String },
    group: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    themes: { type: Number },
    timeZone: { type: String, attribute: 'time-zone' },
    lowerIsEasier: { type: Boolean, attribute: 'lower-is-easier' },
    _group: { state: true, attribute: false },
    _channel: { state: true, attribute: false },
    _search: { state: true, attribute: false },
    _theme: { state: true, attribute: false },
    _shown: { state: true, attribute: false },
  };

  /** `nps`, `csat` or `ces`: whose comments; default the metric of the first answer with a comment. */
  declare metric: Metric | null;
  /** The channel filter's first value (the reader can change it); matched as the data says it. */
  declare channel: string | null;
  /** The group filter's first value: `promoter`, `passive`, `detractor`, `satisfied`, `not-satisfied`, `easy`, `neutral`, `difficult`. */
  declare group: ScoreGroup | null;
  /** Comments shown at once, and added by "show more". Default 20. */
  declare pageSize: number;
  /** Themes shown on each side; 0 hides them. Default 8. */
  declare themes: number;
  /** IANA time zone the dates are shown in (default `UTC`). */
  declare timeZone: string | null;
  /** For CES: a low score means easy. */
  declare lowerIsEasier: boolean;

  declare private _group: string;
  declare private _channel: string;
  declare private _search: string;
  declare private _theme: CommentTheme | null;
  declare private _shown: number;

  #memo: { key: string; input: CommentsInput; computed: Computed } | undefined;

  constructor() {
    super();
    this.metric = null;
    this.channel = null;
    this.group = null;
    this.pageSize = 20;
    this.themes = 8;
    this.timeZone = null;
    this.lowerIsEasier = false;
    this._group = '';
    this._channel = '';
    this._search = '';
    this._theme = null;
    this._shown = 0;
  }

  protected override schema() {
    return CommentsInputSchema;
  }

  protected override isEmpty(input: CommentsInput): boolean {
    return !input.responses?.some((r) => r.comment?.trim());
  }

  protected override emptyMessage(): string {
    return COMMENTS_STRINGS[this.locale].empty;
  }

  protected override heading(): string {
    const metric = this.input.value ? this.#compute(this.input.value).metric : this.#metric(undefined);
    const title = COMMENTS_STRINGS[this.locale].title(metric);
    return this.channel ? `${title} · ${displayText(this.channel)}` : title;
  }

  get #page(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? Math.min(this.pageSize, 500) : 20;
  }

  #metric(input: CommentsInput | undefined): Metric {
    if (METRICS.includes(this.metric as Metric)) return this.metric as Metric;
    return input?.responses?.find((r) => r.comment?.trim())?.metric ?? 'nps';
  }

  protected override update(changed: PropertyValues<this>): void {
    // The attributes set the filters' first values; the reader's choices then hold until they change again.
    if (changed.has('group')) this._group = this.group ?? '';
    if (changed.has('channel')) this._channel = this.channel ?? '';
    if (changed.has('group') || changed.has('channel') || changed.has('metric') || changed.has('data') || changed.has('src')) this._shown = 0;
    super.update(changed);
  }

  #compute(input: CommentsInput): Computed {
    const key = [this.metric, this.lowerIsEasier, this.themes].join('|');
    if (this.#memo?.input === input && this.#memo.key === key) return this.#memo.computed;
    const metric = this.#metric(input);
    const higherIsEasier = !this.lowerIsEasier;
    const commented = (input.responses ?? []).filter((r) => r.metric === metric && r.comment?.trim());
    const items = commented
      .map((response) => {
        const time = response.at ? Date.parse(response.at) : NaN;
        return { response, group: scoreGroup(response, higherIsEasier), time };
      })
      // Newest first; answers without a readable date last, in input order (the sort is stable).
      .sort((a, b) => (Number.isNaN(a.time) || Number.isNaN(b.time) ? Number(Number.isNaN(a.time)) - Number(Number.isNaN(b.time)) : b.time - a.time));
    const channels = [...new Set(commented.map((r) => r.channel).filter((c): c is string => !!c))].sort();
    const count = Number.isInteger(this.themes) && this.themes >= 0 ? this.themes : 8;
    // Both stop-word lists: the comments' language is not the page's (French comments on an English page).
    const themes = count ? commentThemes(commented, { metric, higherIsEasier }) : [];
    const bad = themes.filter((t) => t.z > 0 && t.countA > 0).slice(0, count);
    const good = themes.filter((t) => t.z < 0 && t.countB > 0).reverse().slice(0, count);
    const computed = { metric, items, channels, bad, good };
    this.#memo = { key, input, computed };
    return computed;
  }

  /** The comments the filters let through, newest first. */
  #filtered(computed: Computed): Item[] {
    const search = foldText(this._search.trim());
    const theme = this._theme?.key;
    return computed.items.filter(({ response, group }) => {
      if (this._group && group !== this._group) return false;
      if (this._channel && response.channel !== this._channel) return false;
      if (search) {
        let text = folded.get(response);
        if (text === undefined) folded.set(response, (text = foldText(response.comment!)));
        if (!text.includes(search)) return false;
      }
      if (theme) {
        let t = terms.get(response);
        if (!t) terms.set(response, (t = commentTerms(response.comment!)));
        if (!t.has(theme)) return false;
      }
      return true;
    });
  }

  /** The comments on screen now, for tests and host pages. */
  get shownComments(): Response[] {
    const input = this.input.value;
    if (!input || this.status !== 'ready') return [];
    return this.#filtered(this.#compute(input)).slice(0, this._shown || this.#page).map((i) => i.response);
  }

  #date(time: number): string {
    if (Number.isNaN(time)) return '';
    const zone = this.timeZone || 'UTC';
    const key = `${this.locale}|${zone}`;
    let format = dateFormats.get(key);
    if (!format) {
      try {
        format = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: zone });
      } catch {
        format = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' });
      }
      dateFormats.set(key, format);
    }
    return format.format(time);
  }

  #select(response: Response): void {
    emit<KpiCommentSelectDetail>(this, 'kpi-comment-select', { response });
  }

  #onKey(e: KeyboardEvent, response: Response): void {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    this.#select(response);
  }

  async #more(): Promise<void> {
    const from = this._shown || this.#page;
    this._shown = from + this.#page;
    await this.updateComplete;
    // The reader goes on from the first comment added.
    (this.renderRoot.querySelectorAll<HTMLElement>('[part=comment]')[from])?.focus();
  }

  #pick(theme: CommentTheme): void {
    this._theme = this._theme?.key === theme.key ? null : theme;
    this._shown = 0;
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="skeleton" part="loading" role="status">
      <span class="visually-hidden">${this.strings.loading}</span>
      <span aria-hidden="true"></span><span class="short" aria-hidden="true"></span><span aria-hidden="true"></span><span class="short" aria-hidden="true"></span>
    </div>`;
  }

  protected override renderData(input: CommentsInput): TemplateResult {
    const s = COMMENTS_STRINGS[this.locale];
    const lang = this.locale;
    const computed = this.#compute(input);
    const list = this.#filtered(computed);
    const shown = list.slice(0, this._shown || this.#page);
    const groups = SCORE_GROUPS[computed.metric];
    return html`<div class="frame">
      <div class="layout">
        <div class="main">
          <form class="filters" part="filters" aria-label=${s.filters} @submit=${(e: Event) => e.preventDefault()}>
            <label
              >${s.group}
              <select @change=${(e: Event) => ((this._group = (e.target as HTMLSelectElement).value), (this._shown = 0))}>
                <option value="" ?selected=${!this._group}>${s.all}</option>
                ${groups.map((g) => html`<option value=${g} ?selected=${g === this._group}>${s.groups[g]}</option>`)}
              </select></label
            >
            ${computed.channels.length > 1 || this._channel
              ? html`<label
                  >${s.channel}
                  <select @change=${(e: Event) => ((this._channel = (e.target as HTMLSelectElement).value), (this._shown = 0))}>
                    <option value="" ?selected=${!this._channel}>${s.all}</option>
                    ${computed.channels.map((c) => html`<option value=${c} ?selected=${c === this._channel}>${displayText(c)}</option>`)}
                  </select></label
                >`
              : nothing}
            <label class="search"
              >${s.search}
              <input
                type="search"
                .value=${this._search}
                @input=${(e: Event) => ((this._search = (e.target as HTMLInputElement).value), (this._shown = 0))}
            /></label>
          </form>
          ${this._theme
            ? html`<p class="theme-filter" part="theme-filter">
                <span>${s.themeFilter(displayText(this._theme.term))}</span>
                <button type="button" aria-label=${s.clearTheme(displayText(this._theme.term))} @click=${() => ((this._theme = null), (this._shown = 0))}>${s.clear}</button>
              </p>`
            : nothing}
          <p class="count" role="status">${s.shown(formatNumber(shown.length, lang), formatNumber(list.length, lang))}</p>
          ${list.length === 0
            ? html`<p class="none">${s.none}</p>`
            : html`<ul class="list" part="list" aria-label=${s.list}>
                ${shown.map((item) => this.#comment(item))}
              </ul>`}
          ${list.length > shown.length
            ? html`<button type="button" class="more" part="more" @click=${() => this.#more()}>
                ${s.more(formatNumber(Math.min(this.#page, list.length - shown.length), lang))}
              </button>`
            : nothing}
        </div>
        ${this.themes === 0 ? nothing : this.#themes(computed)}
      </div>
    </div>`;
  }

  #comment({ response, group, time }: Item): TemplateResult {
    const s = COMMENTS_STRINGS[this.locale];
    const text = displayText(response.comment!.trim());
    const meta = [response.channel, response.touchpoint].filter(Boolean).map((label) => displayText(label!));
    const date = this.#date(time);
    const tone = BAD.has(group) ? 'bad' : GOOD.has(group) ? 'good' : 'mid';
    return html`<li>
      <div
        class="comment"
        part="comment"
        role="button"
        tabindex="0"
        @click=${() => this.#select(response)}
        @keydown=${(e: KeyboardEvent) => this.#onKey(e, response)}
      >
        <p class="meta">
          <span class="group ${tone}" part="group"><span class="mark" aria-hidden="true"></span>${s.groups[group]} · ${s.score(formatNumber(response.score, this.locale))}</span>
          ${meta.map((m) => html`<span class="label"> · ${m}</span>`)}${date ? html`<time datetime=${response.at!}> · ${date}</time>` : nothing}
        </p>
        <p class="text">${text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}${s.truncated}` : text}</p>
      </div>
    </li>`;
  }

  #themes(computed: Computed): TemplateResult {
    const s = COMMENTS_STRINGS[this.locale];
    const bad = BAD_GROUP[computed.metric];
    const good = GOOD_GROUP[computed.metric];
    const side = (themes: CommentTheme[], who: ScoreGroup, tone: 'bad' | 'good') =>
      themes.length
        ? html`<p class="side" role="heading" aria-level="4">${s.side(s.who[who])}</p>
            <ul class="terms ${tone}">
              ${themes.map(
                (t) => html`<li>
                  <button type="button" part="theme" aria-pressed=${this._theme?.key === t.key ? 'true' : 'false'} @click=${() => this.#pick(t)}>
                    <span class="term">${displayText(t.term)}</span>
                    <span class="tally">${s.counts(formatNumber(tone === 'bad' ? t.countA : t.countB, this.locale), formatNumber(tone === 'bad' ? t.countB : t.countA, this.locale))}</span>
                  </button>
                </li>`,
              )}
            </ul>`
        : nothing;
    return html`<section class="themes" part="themes" aria-label=${s.themes}>
      <p class="themes-title" role="heading" aria-level="3">${s.themes}</p>
      ${computed.bad.length || computed.good.length
        ? html`<p class="note">${s.themesNote(s.who[bad], s.who[good])}</p>
            ${side(computed.bad, bad, 'bad')} ${side(computed.good, good, 'good')}`
        : html`<p class="note">${s.noThemes}</p>`}
    </section>`;
  }
}
