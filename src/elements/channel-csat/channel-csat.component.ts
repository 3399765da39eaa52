import { displayText } from '../../i18n/display-text.js';
import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { barsLayout, fitText, type BarDatum } from '../../charts/bars.js';
import { byChannel, type GroupResult } from '../../engine/by-channel.js';
import { KpiDocumentSchema, type KpiDocument, type Metric } from '../../engine/schemas.js';
import type { GroupKey } from '../../engine/tally.js';
import { columnDigits, fixedDigits, formatNumber } from '../../i18n/format.js';
import { channelClass, channelClassStyles, channelSlots } from '../../theme/channel-palette.js';
import { targetStatus, type TargetStatus } from '../../engine/target.js';
import { KpiElement } from '../shared/kpi-element.js';
import { PeriodChangeController } from '../shared/period-change.js';
import type { Interval } from '../../engine/periods.js';
import { TARGET_SYMBOL } from '../shared/target-state.js';
import { SizeController } from '../shared/size-controller.js';
import { CHANNEL_CSAT_STRINGS } from './channel-csat.strings.js';
import { channelCsatStyles } from './channel-csat.styles.js';

export interface ChannelRow extends BarDatum {
  n: number;
  /** Fewer answers than `min-n`: shown, not ranked. */
  tooFew: boolean;
  /** Against `target`, from the 95 % interval (`targetStatus`); `null` without a target or with too few answers. */
  status: TargetStatus | null;
  /** `status === 'below'` (the whole interval on the bad side); `null` like `status`. */
  below: boolean | null;
}

type Sort = 'score' | 'name' | 'n';

/** The chart's fonts, as `.chart` styles them. */
const LABEL = '12px';
const VALUE = '600 12px';
const SMALL = '11px';
const NOTE = 'italic 12px';
let context: CanvasRenderingContext2D | null | undefined;

/** Number formats with exactly 0, 1 or 2 fraction digits (constants, so formatNumber's cache holds). */
const PERCENT = [0, 1, 2].map((d): Intl.NumberFormatOptions => ({ style: 'percent', ...fixedDigits(d) }));
const SIGNED = [0, 1, 2].map((d): Intl.NumberFormatOptions => ({ signDisplay: 'exceptZero', ...fixedDigits(d) }));

/** The score, its interval and n of one group, whatever the metric. */
function toRow(metric: Metric, g: GroupResult<Metric>): Omit<ChannelRow, 'tooFew' | 'below' | 'status'> {
  if (metric === 'nps') {
    const r = g as GroupResult<'nps'>;
    const m = r.marginOfError ?? 0;
    return { key: r.key, value: r.score ?? 0, lo: Math.max(-100, (r.score ?? 0) - m), hi: Math.min(100, (r.score ?? 0) + m), n: r.n };
  }
  if (metric === 'csat') {
    const r = g as GroupResult<'csat'>;
    return { key: r.key, value: r.score ?? 0, lo: r.interval?.[0] ?? null, hi: r.interval?.[1] ?? null, n: r.n };
  }
  const r = g as GroupResult<'ces'>;
  return { key: r.key, value: r.mean ?? 0, lo: r.interval?.[0] ?? null, hi: r.interval?.[1] ?? null, n: r.n };
}

/**
 * One horizontal bar per channel (or touchpoint, or journey stage): the CSAT,
 * NPS or CES score with its 95 % interval as a whisker (Wilson for CSAT, the
 * NPS margin of error, a t-interval for CES), n, and the target line. Against
 * the target a group is *met* (whole interval on the good side: solid bar),
 * *within the margin of the target* (the interval contains it: outlined,
 * dashed bar, flagged ≈ and words) or *below* (whole interval on the bad side:
 * solid detractor-coloured bar, flagged ▼ and words); the rule is
 * `targetStatus`'s, mirrored for `lower-is-easier`. Groups with fewer than `min-n`
 * answers are shown greyed, unranked, as "too few answers".
 * Reads `responses` and `histograms` from its input.
 *
 * @summary Per-channel CSAT / NPS / CES bars with intervals, n and a target.
 *
 * @csspart base - The card around the element.
 * @csspart title - The heading.
 * @csspart chart - The bar chart (one image for assistive technology).
 * @csspart direction - The line saying which way is better, and the target.
 * @csspart error - The error message (whole element, or a failed refresh over the last good data).
 * @csspart empty - The "no answers yet" message.
 * @csspart loading - The skeleton shown while `src` loads.
 * @csspart change - With `compare="previous"`: each group's change against the previous period, its interval and significance.
 *
 * @cssprop --kpi-color-text - Text, whiskers and target line.
 * @cssprop --kpi-color-muted - Ticks, n and groups with too few answers.
 * @cssprop --kpi-color-surface - Card background.
 * @cssprop --kpi-color-border - Card border and grid lines.
 * @cssprop --kpi-color-accent - Bars meeting the target, outline of bars within its margin.
 * @cssprop --kpi-color-detractor - Bars below target.
 * @cssprop --kpi-color-error - The "below target" flag, error text.
 * @cssprop --kpi-color-error-surface - Error background.
 * @cssprop --kpi-color-skeleton - The loading skeleton.
 * @cssprop --kpi-color-channel-1 - Channel colour 1 (email's swatch with `by="channel"`).
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
 * @fires kpi-error - The input is invalid or `src` failed; `detail` names the `field`, the `code`, the HTTP `status` and a localized `message`.
 * @fires kpi-threshold - A group's score (the point estimate, not its interval) moved to the other side of `target`; `detail: { key, value, target, side, previous }`.
 */
export class KpiChannelCsat extends KpiElement<KpiDocument> {
  static override styles = [...KpiElement.styles, channelClassStyles, channelCsatStyles];

  static override properties: PropertyDeclarations = {
    ...KpiElement.properties,
    metric: { type: String },
    by: { type: String },
    sort: { type: String },
    minN: { type: Number, attribute: 'min-n' },
    scale: { type: Number },
    lowerIsEasier: { type: Boolean, attribute: 'lower-is-easier' },
    compare: { type: String },
    interval: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
  };

  /** `previous`: say each group's change against the previous period (`interval`), with its significance. */
  declare compare: 'previous' | null;
  /** The period for `compare`: `day`, `week` (default), `month` or `quarter`. */
  declare interval: Interval | null;
  /** IANA time zone raw answers are put in periods by, for `compare` (default `UTC`). */
  declare timeZone: string | null;

  readonly #change = new PeriodChangeController(this);

  /** `csat` (default), `nps` or `ces`. */
  declare metric: Metric;
  /** Group by `channel` (default), `touchpoint` or `stage`. */
  declare by: GroupKey;
  /** Order of the bars: `score` (best first, default), `name` or `n` (most answers first). */
  declare sort: Sort;
  /** Groups with fewer answers are shown greyed and not ranked. Default 30. */
  declare minN: number;
  /** Highest point of the CSAT or CES scale (5 for CSAT, 7 for CES by default). */
  declare scale: number | null;
  /** For CES: a low score means easy (the seeds' "≤ 3" convention). */
  declare lowerIsEasier: boolean;

  readonly #size = new SizeController(this);
  #memo: { key: string; doc: KpiDocument; rows: ChannelRow[] | Error } | undefined;
  /** Rows last drawn: the loading ghost's count (a new `src`, a refresh). */
  #drawn = 6;

  constructor() {
    super();
    this.metric = 'csat';
    this.by = 'channel';
    this.sort = 'score';
    this.minN = 30;
    this.scale = null;
    this.lowerIsEasier = false;
    this.compare = null;
    this.interval = null;
    this.timeZone = null;
  }

  protected override schema() {
    return KpiDocumentSchema;
  }

  get #safeMetric(): Metric {
    return this.metric === 'nps' || this.metric === 'ces' ? this.metric : 'csat';
  }

  get #safeBy(): GroupKey {
    return this.by === 'touchpoint' || this.by === 'stage' ? this.by : 'channel';
  }

  /** Whether a higher score is better for the current metric. */
  get #higherIsBetter(): boolean {
    return !(this.#safeMetric === 'ces' && this.lowerIsEasier);
  }

  get #domain(): [number, number] {
    const metric = this.#safeMetric;
    if (metric === 'nps') return [-100, 100];
    if (metric === 'csat') return [0, 100];
    return [1, this.scale ?? 7];
  }

  /** The rows as drawn: ranked groups in `sort` order, then groups with too few answers by name. */
  get rows(): ChannelRow[] {
    const doc = this.input.value;
    if (!doc) return [];
    const rows = this.#compute(doc);
    return rows instanceof Error ? [] : rows;
  }

  #compute(doc: KpiDocument): ChannelRow[] | Error {
    const key = [this.#safeMetric, this.#safeBy, this.sort, this.minN, this.scale, this.lowerIsEasier, this.target].join('|');
    if (this.#memo?.doc === doc && this.#memo.key === key) return this.#memo.rows;
    let rows: ChannelRow[] | Error;
    try {
      rows = this.#rank(doc);
    } catch (error) {
      rows = error as Error;
    }
    this.#memo = { key, doc, rows };
    return rows;
  }

  #rank(doc: KpiDocument): ChannelRow[] {
    const metric = this.#safeMetric;
    const options = { by: this.#safeBy, higherIsEasier: !this.lowerIsEasier, ...(this.scale ? { scale: this.scale } : {}) };
    const sign = this.#higherIsBetter ? 1 : -1;
    const target = this.target;
    const rows = byChannel(doc, metric, options)
      .filter((g) => g.n > 0)
      .map((g): ChannelRow => {
        const row = toRow(metric, g);
        const tooFew = row.n < this.minN;
        const status = tooFew || target === null ? null : targetStatus(row.value, row.lo, row.hi, target, this.#higherIsBetter);
        return { ...row, tooFew, status, below: status === null ? null : status === 'below' };
      });
    const byName = (a: ChannelRow, b: ChannelRow) => a.key.localeCompare(b.key, this.locale);
    const orders = {
      score: (a: ChannelRow, b: ChannelRow) => sign * (b.value - a.value) || byName(a, b),
      name: byName,
      n: (a: ChannelRow, b: ChannelRow) => b.n - a.n || byName(a, b),
    };
    // Own keys only: `sort="constructor"` must not pick up Object's.
    const order = Object.hasOwn(orders, this.sort) ? orders[this.sort] : byName;
    return [...rows.filter((r) => !r.tooFew).sort(order), ...rows.filter((r) => r.tooFew).sort(byName)];
  }

  protected override isEmpty(doc: KpiDocument): boolean {
    const rows = this.#compute(doc);
    return !(rows instanceof Error) && rows.length === 0;
  }

  protected override heading(): string {
    const s = CHANNEL_CSAT_STRINGS[this.locale];
    return s.title(s.metric[this.#safeMetric], s.titleBy[this.#safeBy]);
  }

  protected override updated(): void {
    this.#size.settle(this.renderRoot.querySelector('.sizer'));
    if (this.status !== 'ready') return;
    for (const row of this.rows) if (!row.tooFew) this.watchThreshold(row.value, row.key);
  }

  /** One figure at its own precision (at most one digit, two for CES), for the text alternative and the table. */
  #format(value: number): string {
    return this.#formatter(columnDigits([value], this.#safeMetric === 'ces' ? 2 : 1))(value);
  }


  /** A column's formatter: every figure with the same `digits`. */
  #formatter(digits: number): (value: number) => string {
    const lang = this.locale;
    const metric = this.#safeMetric;
    if (metric === 'csat') return (v) => formatNumber(v / 100, lang, PERCENT[digits]);
    if (metric === 'nps') return (v) => formatNumber(v, lang, SIGNED[digits]);
    return (v) => formatNumber(v, lang, fixedDigits(digits));
  }

  #groupName(key: string): string {
    return displayText(key) || CHANNEL_CSAT_STRINGS[this.locale].noGroup;
  }

  /** "CSAT by channel, 4 groups, best chat 90 %, lowest phone 60 %, 1 below the target of 80 %". */
  get summary(): string {
    const s = CHANNEL_CSAT_STRINGS[this.locale];
    const rows = this.rows;
    const ranked = rows.filter((r) => !r.tooFew);
    const parts = [s.summary(this.heading(), rows.length)];
    if (ranked.length > 0) {
      // Best and lowest by score, whatever order the bars are drawn in (`sort`).
      const sign = this.#higherIsBetter ? 1 : -1;
      const byScore = [...ranked].sort((a, b) => sign * (b.value - a.value) || a.key.localeCompare(b.key, this.locale));
      const best = byScore[0]!;
      const worst = byScore[byScore.length - 1]!;
      parts.push(s.best(this.#groupName(best.key), this.#format(best.value)));
      if (ranked.length > 1) parts.push(s.worst(this.#groupName(worst.key), this.#format(worst.value)));
    }
    if (this.target !== null) {
      parts.push(s.under(ranked.filter((r) => r.status === 'below').length, this.#format(this.target)));
      const within = ranked.filter((r) => r.status === 'within-margin').length;
      if (within > 0) parts.push(s.within(within));
    }
    const tooFew = rows.length - ranked.length;
    if (tooFew > 0) parts.push(s.tooFewCount(tooFew));
    return parts.join(', ');
  }

  #direction(): string {
    const s = CHANNEL_CSAT_STRINGS[this.locale];
    if (this.#safeMetric !== 'ces') return s.higherIsBetter;
    return this.lowerIsEasier ? s.lowerIsEasier : s.higherIsEasier;
  }

  /**
   * The loading state is the drawing's ghost: the same chart (`barsLayout`, the same template) for as
   * many rows as were last drawn (six, the kit's sample, before any data) with placeholder names and
   * figures, text hidden, so the element keeps its height when the data arrives, columns or list alike.
   */
  protected override renderLoading(): TemplateResult {
    const [low, high] = this.#domain;
    const status = this.target === null ? null : 'within-margin';
    const ghosts = Array.from({ length: this.#drawn }, (_, i): ChannelRow => ({ key: 'téléphone', value: low + (high - low) * (0.9 - i / 12), lo: null, hi: null, n: 1000, tooFew: false, status, below: false }));
    return html`<div part="loading" role="status">
      <span class="visually-hidden">${this.strings.loading}</span>
      <div class="bars-skeleton" aria-hidden="true">${this.#chart(ghosts, true)}</div>
    </div>`;
  }

  /** Text widths in px, by canvas (the chart's own font), so texts are cut or laid out before they could touch. */
  #measurer(): (text: string, font: string) => number {
    const family = getComputedStyle(this.renderRoot.querySelector('.sizer') ?? this).fontFamily;
    context ??= document.createElement('canvas').getContext('2d');
    return (text, font) => {
      if (!context) return text.length * 8;
      context.font = `${font} ${family}`;
      return Math.ceil(context.measureText(text).width) + 1;
    };
  }

  #directionLine(): string {
    return `${this.#direction()}${this.target !== null ? ` · ${CHANNEL_CSAT_STRINGS[this.locale].target(this.#format(this.target))}` : ''}`;
  }

  /** With `compare="previous"`: one line per ranked group, its change against the previous period (once the trend engine has loaded). */
  #changes(doc: KpiDocument, rows: ChannelRow[]): TemplateResult {
    const interval: Interval = this.interval === 'day' || this.interval === 'month' || this.interval === 'quarter' ? this.interval : 'week';
    const metric = this.#safeMetric;
    const sentences = this.#change.sentences({
      doc,
      metric,
      interval,
      timeZone: this.timeZone || 'UTC',
      lang: this.locale,
      by: this.#safeBy,
      higherIsEasier: !this.lowerIsEasier,
      ...(this.scale ? { scale: this.scale } : {}),
    });
    if (!sentences) return html`<ul class="changes" part="change"></ul>`;
    // Only '' (and no group): the trend refused the input, which is said once.
    const refused = sentences.size === 1 && sentences.has('') && !rows.some((r) => r.key === '');
    return html`<ul class="changes" part="change">
      ${refused
        ? html`<li>${sentences.get('')}</li>`
        : rows.filter((r) => !r.tooFew).map((r) => html`<li><strong>${this.#groupName(r.key)}</strong> ${sentences.get(r.key) ?? ''}</li>`)}
    </ul>`;
  }

  protected override renderData(doc: KpiDocument): TemplateResult {
    const computed = this.#compute(doc);
    if (computed instanceof Error) throw computed;
    const s = CHANNEL_CSAT_STRINGS[this.locale];
    const lang = this.locale;
    if (this.#size.ready) this.#drawn = computed.length;
    return html`
      ${this.#chart(computed, false)}
      ${this.compare === 'previous' ? this.#changes(doc, computed) : nothing}
      <div class="visually-hidden">
        <table>
          <caption>${s.tableCaption(this.heading())}</caption>
          <thead>
            <tr>
              <th scope="col">${s.group[this.#safeBy]}</th><th scope="col">${s.score}</th><th scope="col">${s.interval}</th>
              <th scope="col">${s.answers}</th>${this.target !== null ? html`<th scope="col">${s.status}</th>` : null}
            </tr>
          </thead>
          <tbody>
            ${computed.map(
              (r) => html`<tr>
                <th scope="row">${this.#groupName(r.key)}</th>
                <td>${r.tooFew ? s.tooFew(formatNumber(this.minN, lang)) : this.#format(r.value)}</td>
                <td>${!r.tooFew && r.lo !== null && r.hi !== null ? `${this.#format(r.lo)} – ${this.#format(r.hi)}` : ''}</td>
                <td>${formatNumber(r.n, lang)}</td>
                ${this.target !== null ? html`<td>${r.status === null ? '' : s.state[r.status]}</td>` : null}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  /** The chart (or its loading ghost: no names for assistive technology, no swatch colours). */
  #chart(computed: ChannelRow[], ghost: boolean): TemplateResult {
    // First render: only the box, measured in updated(), so the bars are drawn once at their real width.
    if (!this.#size.ready) return html`<div class="sizer"></div>`;
    const s = CHANNEL_CSAT_STRINGS[this.locale];
    const lang = this.locale;
    const metric = this.#safeMetric;
    const measure = this.#measurer();
    const ranked = computed.filter((r) => !r.tooFew);
    // One fraction-digit rule per column: the values', and the ticks'.
    const max = metric === 'ces' ? 2 : 1;
    const value = this.#formatter(columnDigits(ranked.map((r) => r.value), max));
    const status = this.target !== null;
    const longNote = (st: TargetStatus) => `${TARGET_SYMBOL[st]} ${s.state[st]}`;
    const shortNote = (st: TargetStatus) => `${TARGET_SYMBOL[st]} ${st === 'within-margin' ? s.withinShort : s.state[st]}`;
    const states = [...new Set(ranked.map((r) => r.status).filter((st) => st !== null))];
    const widest = (texts: string[], font: string) => Math.max(0, ...texts.map((t) => measure(t, font)));
    const names = computed.map((r) => this.#groupName(r.key));
    const slots = this.#safeBy === 'channel' && !ghost ? channelSlots(computed.map((r) => r.key)) : null;
    const [low, high] = this.#domain;
    const text = {
      label: widest(names, LABEL),
      value: widest(ranked.map((r) => value(r.value)), VALUE),
      n: widest(computed.map((r) => s.n(formatNumber(r.n, lang))), SMALL),
      status: widest(states.map(longNote), SMALL),
      statusShort: widest(states.map(shortNote), SMALL),
      tick: widest([low, high].map(this.#formatter(1)), SMALL),
    };
    const layout = barsLayout(computed, { width: this.#size.width, limits: this.#domain, baseline: metric === 'ces' ? low : 0, target: this.target, text, status, swatch: this.#safeBy === 'channel' });
    const tick = this.#formatter(columnDigits(layout.ticks.map((t) => t.value), 2));
    // A text cut to its room, the whole in its tooltip.
    const fit = (whole: string, short: string, room: number, font: string, preferShort = false) => {
      const cut = fitText(!preferShort && measure(whole, font) <= room ? whole : short, room, (t) => measure(t, font));
      return cut === whole ? whole : svg`<title>${whole}</title>${cut}`;
    };
    const tooFew = s.tooFew(formatNumber(this.minN, lang));
    const list = layout.mode === 'list';
    // Grid and target lines: down the plot in columns; in a list, only across each row's bar.
    const spans = list ? layout.rows.filter((r) => !r.datum.tooFew).map((r) => [r.bar.y - 3, r.bar.y + r.bar.height + 3] as const) : [[layout.axis.y1, layout.axis.y2] as const];
    const vline = (cls: string, x: number) => spans.map(([y1, y2]) => svg`<line class=${cls} x1=${x} x2=${x} y1=${y1} y2=${y2}></line>`);

    return html`
      <div class="sizer"></div>
      <div class="plot ${layout.mode}" part=${ghost ? nothing : 'chart'} role=${ghost ? nothing : 'img'} aria-label=${ghost ? nothing : this.summary}>
        <svg class="chart" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
          ${layout.ticks.map((t) => svg`<g class="tick">${vline('grid', t.x)}<text x=${t.x} y=${layout.axis.y} text-anchor=${t.anchor}>${tick(t.value)}</text></g>`)}
          ${layout.rows.map((row, i) => {
            const r = row.datum;
            const name = names[i]!;
            const slot = slots?.get(r.key);
            const st = r.status;
            return svg`<g class=${r.tooFew ? 'row too-few' : st ? `row ${st}` : 'row'}>
              ${row.swatch && slot !== undefined
                ? svg`<rect x=${row.swatch.x} y=${row.swatch.y} width=${row.swatch.size} height=${row.swatch.size} rx="2" class="swatch ${channelClass(slot)}"></rect>`
                : null}
              <text class="label" x=${row.label.x} y=${row.label.y}><title>${name}</title>${fitText(name, row.label.max, (t) => measure(t, LABEL))}</text>
              ${r.tooFew
                ? svg`<text class="note" x=${row.note.x} y=${row.note.y}>${fit(tooFew, s.tooFewShort, row.note.max, NOTE)}</text>`
                : svg`<rect class="bar" x=${row.bar.x} y=${row.bar.y} width=${row.bar.width} height=${row.bar.height} rx="2"></rect>
                  ${row.whisker
                    ? svg`<path class="whisker" d="M${row.whisker.x1},${row.whisker.y}H${row.whisker.x2}M${row.whisker.x1},${row.whisker.y - 5}v10M${row.whisker.x2},${row.whisker.y - 5}v10"></path>`
                    : null}
                  <text class="value" x=${row.value.x} y=${row.value.y} text-anchor="end">${value(r.value)}</text>
                  ${st ? svg`<text class="flag" x=${row.status.x} y=${row.status.y}>${fit(longNote(st), shortNote(st), row.status.max, SMALL, layout.short)}</text>` : null}`}
              <text class="n" x=${row.n.x} y=${row.n.y}>${s.n(formatNumber(r.n, lang))}</text>
            </g>`;
          })}
          ${layout.target ? vline('target', layout.target.x) : null}
        </svg>
        <p class="direction" part=${ghost ? nothing : 'direction'}>${ghost ? html`<span class="ghost"><span>${this.#directionLine()}</span></span>` : this.#directionLine()}</p>
      </div>`;
  }
}
