import { displayText } from '../../i18n/display-text.js';
import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { trendLayout, type TrendLayout, type TrendPoint } from '../../charts/trend.js';
import { change, type ChangeResult } from '../../engine/change.js';
import { INTERVALS, type Interval } from '../../engine/periods.js';
import { KpiDocumentSchema, type KpiDocument, type Metric } from '../../engine/schemas.js';
import { trend, type TrendResult, type TrendRow } from '../../engine/trend.js';
import { describeProblem } from '../../data/describe.js';
import { emit, type KpiErrorDetail } from '../../data/events.js';
import type { KpiProblem } from '../../data/problem.js';
import { fixedDigits, formatNumber, formatPercent, formatSigned, isOne } from '../../i18n/format.js';
import { channelClass, channelClassStyles, channelSlots } from '../../theme/channel-palette.js';
import { KpiElement } from '../shared/kpi-element.js';
import { SizeController } from '../shared/size-controller.js';
import { TREND_STRINGS } from './trend.strings.js';
import { trendStyles } from './trend.styles.js';
import { formatDay, knownZone } from '../../i18n/dates.js';

/** At most this many lines (the shared palette's size, and what a reader can follow). */
const MAX_LINES = 8;


interface Drawn {
  result: TrendResult;
  /** The series drawn: the total alone, or the largest groups. */
  series: Array<{ key: string; rows: TrendRow[] }>;
  /** Groups beyond MAX_LINES, left out. */
  groups: number;
  change: ChangeResult | null;
}

/**
 * NPS, CSAT or CES per period (day, week, month or quarter, in a time zone) as a
 * line with its 95 % band, the answers per period as light bars under it, the
 * target line, and the latest change against the previous period in words with
 * its 95 % interval and whether it is significant (DESIGN.md §4 `change`).
 * Periods with fewer than `min-n` answers are hollow and left out of the
 * change; periods without an answer break the line. With `by="channel"`, one
 * line per channel (the 8 largest, in the shared channel colours).
 * Reads `responses` with `at` and `histograms` with `period` (see `trend`).
 *
 * @summary Score over time with its interval, n per period, target and the latest change.
 *
 * @csspart base - The card around the element.
 * @csspart title - The heading.
 * @csspart chart - The line chart (one image for assistive technology, with a focusable column per period).
 * @csspart change - The sentence on the latest change.
 * @csspart notes - The notes under the chart (interval chosen, hollow points, left-out answers).
 * @csspart error - The error message (whole element, or a failed refresh over the last good data).
 * @csspart empty - The "no answers yet" message.
 * @csspart loading - The skeleton shown while `src` loads.
 *
 * @cssprop --kpi-color-text - Text, the line without `by`.
 * @cssprop --kpi-color-muted - Axis labels, n bars, notes.
 * @cssprop --kpi-color-surface - Card background.
 * @cssprop --kpi-color-border - Card border and grid lines.
 * @cssprop --kpi-color-accent - The line and band without `by`, the target line.
 * @cssprop --kpi-color-error - Error text.
 * @cssprop --kpi-color-error-surface - Error background.
 * @cssprop --kpi-color-skeleton - The loading skeleton.
 * @cssprop --kpi-color-channel-1 - Channel colour 1 (email's line with `by="channel"`).
 * @cssprop --kpi-color-channel-2 - Channel colour 2 (social's).
 * @cssprop --kpi-color-channel-3 - Channel colour 3 (search's).
 * @cssprop --kpi-color-channel-4 - Channel colour 4 (display's).
 * @cssprop --kpi-color-channel-5 - Channel colour 5 (direct's).
 * @cssprop --kpi-color-channel-6 - Channel colour 6 (affiliate's).
 * @cssprop --kpi-color-channel-7 - Channel colour 7 (chat's).
 * @cssprop --kpi-color-channel-8 - Channel colour 8 (phone's).
 * @cssprop --kpi-color-channel-9 - Channel colour 9 (store's).
 * @cssprop --kpi-color-channel-10 - Channel colour 10 (app's); channels the kit does not know take the free colours in name order.
 * @cssprop --kpi-font-family - Font.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-spacing - Inner padding.
 *
 * @fires kpi-data - New valid input was rendered; `detail: { data, source }`.
 * @fires kpi-error - The input is invalid, `src` failed, or `interval` / `time-zone` is not one (it then falls back to its default); `detail` names the `field`, the `code` and a localized `message`.
 * @fires kpi-threshold - The latest period's score moved to the other side of `target`; `detail: { value, target, side, previous }`.
 */
export class KpiTrend extends KpiElement<KpiDocument> {
  static override styles = [...KpiElement.styles, channelClassStyles, trendStyles];

  static override properties: PropertyDeclarations = {
    ...KpiElement.properties,
    metric: { type: String },
    interval: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
    channel: { type: String },
    by: { type: String },
    minN: { type: Number, attribute: 'min-n' },
    scale: { type: Number },
    lowerIsEasier: { type: Boolean, attribute: 'lower-is-easier' },
  };

  /** `nps` (default), `csat` or `ces`. */
  declare metric: Metric;
  /** `day`, `week`, `month` or `quarter`; without it, the finest giving at most 60 periods (and the element says so). */
  declare interval: Interval | null;
  /** IANA time zone answers are put in days by (default `UTC`). */
  declare timeZone: string | null;
  /** Only count answers from this channel. */
  declare channel: string | null;
  /** `channel`: one line per channel (the 8 largest). */
  declare by: 'channel' | null;
  /** Periods with fewer answers are hollow and left out of the change. Default 30. */
  declare minN: number;
  /** Highest point of the CSAT or CES scale (5 for CSAT, 7 for CES by default). */
  declare scale: number | null;
  /** For CES: a low score means easy. */
  declare lowerIsEasier: boolean;

  readonly #size = new SizeController(this);
  /** The period the keyboard or the pointer is on (its tooltip shows), or none. */
  #focusIndex: number | null = null;
  get #focus(): number | null {
    return this.#focusIndex;
  }
  set #focus(index: number | null) {
    if (index === this.#focusIndex) return;
    this.#focusIndex = index;
    this.requestUpdate();
  }
  #memo: { key: string; doc: KpiDocument; drawn: Drawn | Error } | undefined;
  /** The drawing whose hidden table is drawn: it follows the chart by one task (as the gauge's and the Sankey's). */
  #tableFor: Drawn | undefined;
  /** Attribute problems already fired, so each is said once. */
  #said = new Set<string>();

  constructor() {
    super();
    this.metric = 'nps';
    this.interval = null;
    this.timeZone = null;
    this.channel = null;
    this.by = null;
    this.minN = 30;
    this.scale = null;
    this.lowerIsEasier = false;
  }

  protected override schema() {
    return KpiDocumentSchema;
  }

  get #metric(): Metric {
    return this.metric === 'csat' || this.metric === 'ces' ? this.metric : 'nps';
  }

  /** The interval asked, `undefined` for automatic (and for a bad one, which is also said). */
  get #interval(): Interval | undefined {
    const asked = this.interval;
    if (!asked) return undefined;
    return (INTERVALS as readonly string[]).includes(asked) ? asked : undefined;
  }

  get #zone(): string {
    const zone = this.timeZone || 'UTC';
    return knownZone(zone) ? zone : 'UTC';
  }

  /** `interval` and `time-zone` values that are not one: each a problem, the default used instead. */
  get attributeProblems(): KpiProblem[] {
    const problems: KpiProblem[] = [];
    if (this.interval && !this.#interval) {
      problems.push({ source: 'data', field: 'interval', code: 'value', expected: INTERVALS.join(', '), received: String(this.interval), reason: `interval: "${this.interval}" is not one of ${INTERVALS.join(', ')}` });
    }
    if (this.timeZone && this.#zone !== this.timeZone) {
      problems.push({ source: 'data', field: 'time-zone', code: 'value', expected: 'Europe/Paris, UTC, …', received: this.timeZone, reason: `time-zone: "${this.timeZone}" is not an IANA time zone` });
    }
    return problems;
  }

  /** The computed trend, or undefined before data (or when the data cannot be drawn). */
  get result(): TrendResult | undefined {
    const doc = this.input.value;
    const drawn = doc ? this.#compute(doc) : undefined;
    return drawn instanceof Error ? undefined : drawn?.result;
  }

  #compute(doc: KpiDocument): Drawn | Error {
    const key = [this.#metric, this.#interval, this.#zone, this.channel, this.by, this.minN, this.scale, this.lowerIsEasier].join('|');
    if (this.#memo?.doc === doc && this.#memo.key === key) return this.#memo.drawn;
    let drawn: Drawn | Error;
    try {
      const metric = this.#metric;
      const result = trend(doc, metric, {
        interval: this.#interval,
        timeZone: this.#zone,
        where: this.channel ? { channel: this.channel } : undefined,
        by: this.by === 'channel' ? 'channel' : undefined,
        higherIsEasier: !this.lowerIsEasier,
        ...(this.scale ? { scale: this.scale } : {}),
      });
      const series = result.series ? result.series.slice(0, MAX_LINES).map((s) => ({ key: s.key, rows: s.rows })) : [{ key: '', rows: result.rows }];
      const rows = result.rows;
      const [previous, latest] = [rows.at(-2), rows.at(-1)];
      const comparable = previous && latest && previous.n >= this.minN && latest.n >= this.minN;
      drawn = { result, series, groups: result.series?.length ?? 1, change: comparable ? change(metric, previous, latest) : null };
    } catch (error) {
      drawn = error as Error;
    }
    this.#memo = { key, doc, drawn };
    return drawn;
  }

  protected override isEmpty(doc: KpiDocument): boolean {
    const drawn = this.#compute(doc);
    return !(drawn instanceof Error) && drawn.result.rows.length === 0;
  }

  protected override heading(): string {
    const s = TREND_STRINGS[this.locale];
    const interval = this.result?.interval ?? this.#interval ?? 'week';
    const title = s.title(s.metric[this.#metric], s.by[interval]);
    return this.channel ? `${title} · ${displayText(this.channel)}` : title;
  }

  protected override updated(): void {
    this.#size.settle(this.renderRoot.querySelector('.sizer'));
    for (const problem of this.attributeProblems) {
      if (this.#said.has(problem.reason)) continue;
      this.#said.add(problem.reason);
      emit<KpiErrorDetail>(this, 'kpi-error', { ...problem, message: describeProblem(problem, this.strings) });
    }
    if (this.status !== 'ready') return;
    const latest = this.result?.rows.at(-1);
    if (latest && latest.n >= this.minN) this.watchThreshold(valueOf(this.#metric, latest).value);
  }

  // ---- formatting ----

  #value(v: number): string {
    const lang = this.locale;
    const metric = this.#metric;
    return metric === 'nps' ? formatSigned(v, lang) : metric === 'csat' ? formatPercent(v, lang) : formatNumber(v, lang, fixedDigits(2));
  }

  #delta(v: number): string {
    const s = TREND_STRINGS[this.locale];
    const metric = this.#metric;
    return metric === 'ces' ? formatSigned(v, this.locale, 2) : s.points(formatSigned(v, this.locale));
  }

  #date(start: string, options: Intl.DateTimeFormatOptions): string {
    return formatDay(start, this.locale, options);
  }

  /** A period as read: "week of 4 May 2026", "May 2026", "Q2 2026", "4 May 2026". */
  #periodName(row: TrendRow, interval: Interval): string {
    const s = TREND_STRINGS[this.locale];
    if (interval === 'quarter') return s.quarter(Number(row.period.slice(-1)), Number(row.period.slice(0, 4)));
    if (interval === 'month') return this.#date(row.start, { month: 'long', year: 'numeric' });
    const day = this.#date(row.start, { day: 'numeric', month: 'long', year: 'numeric' });
    return interval === 'week' ? s.weekOf(day) : day;
  }

  /** A period on the axis: "4 May", "May 26", "Q2 26". */
  #periodTick(row: TrendRow, interval: Interval): string {
    const s = TREND_STRINGS[this.locale];
    if (interval === 'quarter') return s.quarter(Number(row.period.slice(-1)), Number(row.period.slice(2, 4)));
    if (interval === 'month') return this.#date(row.start, { month: 'short', year: '2-digit' });
    return this.#date(row.start, { day: 'numeric', month: 'short' });
  }

  #changeSentence(drawn: Drawn): string {
    const s = TREND_STRINGS[this.locale];
    const interval = drawn.result.interval;
    const c = drawn.change;
    if (!c || c.delta === null || c.low === null || c.high === null) return s.noChange(s.previous[interval]);
    return s.change(this.#delta(c.delta), s.versus[interval], c.significant === true, this.#delta(c.low), this.#delta(c.high));
  }

  #pointSentence(row: TrendRow, interval: Interval): string {
    const s = TREND_STRINGS[this.locale];
    const name = this.#periodName(row, interval);
    const v = valueOf(this.#metric, row);
    if (v.value === null) return s.noAnswer(name);
    return s.point(name, this.#value(v.value), formatNumber(row.n, this.locale), v.lo === null ? '—' : this.#value(v.lo), v.hi === null ? '—' : this.#value(v.hi));
  }

  /** "Net Promoter Score by week, 26 weeks from 5 January 2026 to 29 June 2026, latest …, +4.2 pts vs the previous week, not significant: …". */
  get summary(): string {
    const doc = this.input.value;
    const drawn = doc ? this.#compute(doc) : undefined;
    if (!drawn || drawn instanceof Error || drawn.result.rows.length === 0) return '';
    const s = TREND_STRINGS[this.locale];
    const { rows, interval } = drawn.result;
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const day = (row: TrendRow) => this.#date(row.start, { day: 'numeric', month: 'long', year: 'numeric' });
    const parts = [s.summary(this.heading(), rows.length, s.periods[interval], day(first), day(last))];
    const latest = valueOf(this.#metric, last).value;
    if (latest !== null) parts.push(s.latest(this.#periodName(last, interval), this.#value(latest), formatNumber(last.n, this.locale)));
    parts.push(this.#changeSentence(drawn));
    if (this.target !== null) parts.push(s.target(this.#value(this.target)));
    return parts.join(', ');
  }

  // ---- rendering ----

  /** The skeleton: the chart's box at the drawn height for this width, and the sentence's line. */
  protected override renderLoading(): TemplateResult {
    return html`<div class="skeleton trend-skeleton" part="loading" role="status">
      <span class="visually-hidden">${this.strings.loading}</span>
      <span class="sk-chart" aria-hidden="true"></span><span class="sk-line" aria-hidden="true"></span><span class="sk-line short" aria-hidden="true"></span>
    </div>`;
  }

  protected override renderData(doc: KpiDocument): TemplateResult {
    const drawn = this.#compute(doc);
    if (drawn instanceof Error) throw drawn;
    if (!this.#size.ready) return html`<div class="sizer"></div>`;
    if (this.#tableFor !== drawn) {
      setTimeout(() => {
        const now = this.input.value ? this.#compute(this.input.value) : undefined;
        if (this.isConnected && now === drawn && this.#tableFor !== drawn) {
          this.#tableFor = drawn;
          this.requestUpdate();
        }
      });
    }
    const s = TREND_STRINGS[this.locale];
    const lang = this.locale;
    const metric = this.#metric;
    const { interval, rows } = drawn.result;
    const width = this.#size.width;
    const limits: [number, number] = metric === 'nps' ? [-100, 100] : metric === 'csat' ? [0, 100] : [1, this.scale ?? 7];
    const layout = trendLayout(
      drawn.series.map((series) => ({ key: series.key, points: series.rows.map((r) => valueOf(metric, r)) })),
      { width, limits, target: this.target, minN: this.minN, counts: rows.map((r) => r.n), axisWidth: width < 360 ? 30 : 38 },
    );
    const slots = channelSlots(drawn.series.map((x) => x.key));
    const many = drawn.series.length > 1 || this.by === 'channel';
    const thin = rows.some((r) => r.n > 0 && r.n < this.minN);
    const notes = [
      drawn.result.intervalFrom === 'span' ? s.automatic(s.by[interval]) : null,
      thin ? s.thin(formatNumber(this.minN, lang)) : null,
      drawn.result.undated > 0 ? s.undated(formatNumber(drawn.result.undated, lang), isOne(drawn.result.undated, lang)) : null,
      drawn.groups > drawn.series.length ? s.moreGroups(drawn.series.length, drawn.groups) : null,
      metric === 'ces' && this.lowerIsEasier ? s.lowerIsEasier : null,
      this.target !== null ? s.target(this.#value(this.target)) : null,
      ...this.attributeProblems.map((p) => describeProblem(p, this.strings)),
    ].filter((n): n is string => n !== null);

    return html`
      <div class="sizer"></div>
      <div class="plot" part="chart">
        ${this.#chart(layout, drawn, rows, interval, slots, many)}
        ${this.#keys(layout, drawn, rows, interval)}
      </div>
      ${many
        ? html`<ul class="legend" aria-hidden="true">
            ${drawn.series.map((x) => html`<li><span class="swatch ${channelClass(slots.get(x.key) ?? 0)}"></span>${displayText(x.key) || s.noGroup}</li>`)}
          </ul>`
        : nothing}
      <p class="change ${drawn.change?.significant ? 'significant' : ''}" part="change">${this.#changeSentence(drawn)}</p>
      ${notes.length ? html`<p class="notes" part="notes">${notes.join(' · ')}</p>` : nothing}
      <div class="visually-hidden">${this.#tableFor === drawn ? this.#table(drawn, interval) : nothing}</div>
    `;
  }

  #chart(layout: TrendLayout, drawn: Drawn, rows: TrendRow[], interval: Interval, slots: Map<string, number>, many: boolean): TemplateResult {
    const { plot, width, height } = layout;
    const focus = this.#focus !== null && this.#focus < rows.length ? this.#focus : null;
    return html`<svg class="chart" role="img" aria-label=${this.summary} width=${width} height=${height} viewBox="0 0 ${width} ${height}">
      ${layout.yTicks.map(
        (t) => svg`<line class="grid" x1=${plot.x0} x2=${plot.x1} y1=${t.y} y2=${t.y}></line>
          <text class="tick" x=${plot.x0 - 6} y=${t.y + 4} text-anchor="end">${this.#tickValue(t.value)}</text>`,
      )}
      ${layout.nBars.map((b) => svg`<rect class="n-bar" x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`)}
      ${layout.xLabels.map((i) => {
        const anchor = layout.xLabels.length > 1 && i === layout.xLabels.at(-1) && layout.x(i) > plot.x1 - 30 ? 'end' : i === 0 && layout.x(i) < plot.x0 + 30 ? 'start' : 'middle';
        return svg`<text class="tick" x=${layout.x(i)} y=${height - 6} text-anchor=${anchor}>${this.#periodTick(rows[i]!, interval)}</text>`;
      })}
      ${layout.target ? svg`<line class="target" x1=${plot.x0} x2=${plot.x1} y1=${layout.target.y} y2=${layout.target.y}></line>` : nothing}
      ${layout.lines.map(
        (line) => svg`<g class="series ${many ? channelClass(slots.get(line.key) ?? 0) : 'total'}">
          <path class="band" d=${line.band}></path>
          <path class="line" d=${line.line}></path>
          ${line.points.map((p) => svg`<circle class=${p.thin ? 'point thin' : 'point'} cx=${p.x} cy=${p.y} r=${p.index === focus ? 5 : 3.5}></circle>`)}
        </g>`,
      )}
      ${focus !== null ? svg`<line class="guide" x1=${layout.x(focus)} x2=${layout.x(focus)} y1=${plot.y0} y2=${plot.y1}></line>` : nothing}
    </svg>
    ${focus !== null ? this.#tooltip(layout, drawn, focus, interval) : nothing}`;
  }

  #tickValue(v: number): string {
    const metric = this.#metric;
    return metric === 'nps' ? formatSigned(v, this.locale, 0) : metric === 'csat' ? formatPercent(v, this.locale, 0) : formatNumber(v, this.locale);
  }

  /** The focused or hovered period's figures, as HTML over the chart (it wraps, so it never leaves the element). */
  #tooltip(layout: TrendLayout, drawn: Drawn, index: number, interval: Interval): TemplateResult {
    const lines = drawn.series.map((x) => {
      const row = x.rows[index]!;
      const sentence = this.#pointSentence(row, interval);
      return drawn.series.length > 1 ? `${displayText(x.key) || TREND_STRINGS[this.locale].noGroup} — ${sentence.slice(sentence.indexOf(':') + 1).trim()}` : sentence;
    });
    const side = layout.x(index) > layout.width / 2 ? 'left' : 'right';
    const title = drawn.series.length > 1 ? this.#periodName(drawn.series[0]!.rows[index]!, interval) : null;
    return html`<div class="tooltip ${side}" aria-hidden="true">${title ? html`<strong>${title}</strong>` : nothing}${lines.map((l) => html`<span>${l}</span>`)}</div>`;
  }

  /** One focusable column per period (a roving tab stop: arrows, Home, End), each named by its figures. */
  #keys(layout: TrendLayout, drawn: Drawn, rows: TrendRow[], interval: Interval): TemplateResult {
    const s = TREND_STRINGS[this.locale];
    const { plot, width, height } = layout;
    const stop = this.#focus ?? rows.length - 1;
    const half = rows.length > 1 ? (layout.x(1) - layout.x(0)) / 2 : (plot.x1 - plot.x0) / 2;
    const name = (i: number) =>
      drawn.series.length > 1
        ? `${this.#periodName(rows[i]!, interval)}: ${drawn.series.map((x) => `${displayText(x.key) || s.noGroup} ${this.#pointValue(x.rows[i]!)}`).join(', ')}`
        : this.#pointSentence(rows[i]!, interval);
    return html`<svg class="keys" role="group" aria-label=${s.periodsLabel} width=${width} height=${height} viewBox="0 0 ${width} ${height}"
      @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, rows.length)}
      @pointerleave=${() => (this.#focus = null)}>
      ${rows.map(
        (_, i) => svg`<rect class="hit" data-index=${i} role="img" tabindex=${i === stop ? 0 : -1} aria-label=${name(i)}
          x=${Math.max(0, layout.x(i) - half)} y=${plot.y0} width=${Math.max(1, 2 * half)} height=${plot.y1 - plot.y0 + 28}
          @pointerenter=${() => (this.#focus = i)} @focus=${() => (this.#focus = i)}></rect>`,
      )}
    </svg>`;
  }

  #pointValue(row: TrendRow): string {
    const v = valueOf(this.#metric, row).value;
    return v === null ? '—' : `${this.#value(v)} (n = ${formatNumber(row.n, this.locale)})`;
  }

  async #onKeydown(event: KeyboardEvent, count: number) {
    const at = this.#focus ?? count - 1;
    const k = event.key;
    const to = k === 'Home' ? 0 : k === 'End' ? count - 1 : k === 'ArrowRight' || k === 'ArrowUp' ? at + 1 : k === 'ArrowLeft' || k === 'ArrowDown' ? at - 1 : NaN;
    if (Number.isNaN(to)) {
      if (k === 'Escape') this.#focus = null;
      return;
    }
    event.preventDefault();
    this.#focus = Math.max(0, Math.min(count - 1, to));
    await this.updateComplete;
    this.renderRoot.querySelector<SVGRectElement>(`.hit[data-index="${this.#focus}"]`)?.focus();
  }

  #table(drawn: Drawn, interval: Interval): TemplateResult {
    const s = TREND_STRINGS[this.locale];
    const many = drawn.series.length > 1;
    return html`<table>
      <caption>${s.table.caption(this.heading())}</caption>
      <thead><tr>
        <th scope="col">${s.table.period}</th>${many ? html`<th scope="col">${s.table.series}</th>` : nothing}
        <th scope="col">${s.table.score}</th><th scope="col">${s.table.n}</th><th scope="col">${s.interval}</th>
      </tr></thead>
      <tbody>
        ${drawn.series.flatMap((x) =>
          x.rows.map((row) => {
            const v = valueOf(this.#metric, row);
            return html`<tr>
              <th scope="row">${this.#periodName(row, interval)}</th>${many ? html`<td>${displayText(x.key) || s.noGroup}</td>` : nothing}
              <td>${v.value === null ? '—' : this.#value(v.value)}</td><td>${formatNumber(row.n, this.locale)}</td>
              <td>${v.lo === null || v.hi === null ? '—' : `${this.#value(v.lo)} … ${this.#value(v.hi)}`}</td>
            </tr>`;
          }),
        )}
      </tbody>
    </table>`;
  }
}

/** A period's figure and its 95 % interval, whatever the metric. */
export function valueOf(metric: Metric, row: TrendRow): TrendPoint {
  if (metric === 'nps') {
    const r = row as TrendRow<'nps'>;
    if (r.score === null) return { value: null, lo: null, hi: null, n: r.n };
    const m = r.marginOfError ?? 0;
    return { value: r.score, lo: Math.max(-100, r.score - m), hi: Math.min(100, r.score + m), n: r.n };
  }
  if (metric === 'csat') {
    const r = row as TrendRow<'csat'>;
    return { value: r.score, lo: r.interval?.[0] ?? null, hi: r.interval?.[1] ?? null, n: r.n };
  }
  const r = row as TrendRow<'ces'>;
  return { value: r.mean, lo: r.interval?.[0] ?? null, hi: r.interval?.[1] ?? null, n: r.n };
}

