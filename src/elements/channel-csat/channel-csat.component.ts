import { html, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { barsLayout, type BarDatum } from '../../charts/bars.js';
import { truncate } from '../../charts/text.js';
import { byChannel, type GroupResult } from '../../engine/by-channel.js';
import { KpiDocumentSchema, type KpiDocument, type Metric } from '../../engine/schemas.js';
import type { GroupKey } from '../../engine/tally.js';
import { formatNumber, formatPercent, formatSigned } from '../../i18n/format.js';
import { targetStatus, type TargetStatus } from '../../engine/target.js';
import { KpiElement } from '../shared/kpi-element.js';
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

/** Average width of a 12 px sans-serif character, to tell whether a note fits. */
const CHAR_WIDTH = 6.5;

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
 * @cssprop --kpi-font-family - Font.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-spacing - Inner padding.
 *
 * @fires kpi-data - New valid input was rendered; `detail: { data, source }`.
 * @fires kpi-error - The input is invalid or `src` failed; `detail` names the `field`, the `code`, the HTTP `status` and a localized `message`.
 * @fires kpi-threshold - A group's score (the point estimate, not its interval) moved to the other side of `target`; `detail: { key, value, target, side, previous }`.
 */
export class KpiChannelCsat extends KpiElement<KpiDocument> {
  static override styles = [...KpiElement.styles, channelCsatStyles];

  static override properties: PropertyDeclarations = {
    ...KpiElement.properties,
    metric: { type: String },
    by: { type: String },
    sort: { type: String },
    minN: { type: Number, attribute: 'min-n' },
    scale: { type: Number },
    lowerIsEasier: { type: Boolean, attribute: 'lower-is-easier' },
  };

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

  constructor() {
    super();
    this.metric = 'csat';
    this.by = 'channel';
    this.sort = 'score';
    this.minN = 30;
    this.scale = null;
    this.lowerIsEasier = false;
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
    this.#size.settle(this.renderRoot.querySelector('.plot'));
    if (this.status !== 'ready') return;
    for (const row of this.rows) if (!row.tooFew) this.watchThreshold(row.value, row.key);
  }

  #format(value: number): string {
    const lang = this.locale;
    if (this.#safeMetric === 'csat') return formatPercent(value, lang);
    if (this.#safeMetric === 'nps') return formatSigned(value, lang);
    return formatNumber(value, lang, { maximumFractionDigits: 2 });
  }

  #groupName(key: string): string {
    return key || CHANNEL_CSAT_STRINGS[this.locale].noGroup;
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

  protected override renderData(doc: KpiDocument): TemplateResult {
    const computed = this.#compute(doc);
    if (computed instanceof Error) throw computed;
    // First render: only the box, measured in updated(), so the bars are drawn once at their real width.
    if (!this.#size.ready) return html`<div class="plot" part="chart"></div>`;
    const s = CHANNEL_CSAT_STRINGS[this.locale];
    const lang = this.locale;
    const [d0] = this.#domain;
    const layout = barsLayout(computed, { width: this.#size.width, domain: this.#domain, baseline: this.#safeMetric === 'ces' ? d0 : 0, target: this.target });
    const rowHeight = layout.rows.length > 1 ? layout.rows[1]!.y - layout.rows[0]!.y : 36;
    const maxChars = Math.max(6, Math.floor(layout.labelWidth / 7));
    // The note runs from the plot's start to the value column; on narrow screens the short form, cut if need be.
    const noteChars = Math.floor((layout.valueX - 8 - layout.plotX0) / CHAR_WIDTH);
    const tooFew = s.tooFew(formatNumber(this.minN, lang));
    const note = tooFew.length <= noteChars ? tooFew : svg`<title>${tooFew}</title>${truncate(s.tooFewShort, Math.max(4, noteChars))}`;
    const withinLong = `${TARGET_SYMBOL['within-margin']} ${s.state['within-margin']}`;
    const withinNote = withinLong.length <= noteChars ? withinLong : svg`<title>${withinLong}</title>${truncate(`${TARGET_SYMBOL['within-margin']} ${s.withinShort}`, Math.max(4, noteChars))}`;
    const tickFormat = (v: number) => (this.#safeMetric === 'csat' ? formatPercent(v, lang, 0) : this.#safeMetric === 'nps' ? formatSigned(v, lang, 0) : formatNumber(v, lang));

    return html`
      <div class="plot" part="chart" role="img" aria-label=${this.summary}>
        <svg class="chart" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
          ${layout.ticks.map(
            (t) => svg`<g class="tick"><line x1=${t.x} x2=${t.x} y1="14" y2=${layout.height}></line><text x=${t.x} y="10" text-anchor="middle">${tickFormat(t.value)}</text></g>`,
          )}
          ${layout.target ? svg`<line class="target" x1=${layout.target.x} x2=${layout.target.x} y1="14" y2=${layout.height}></line>` : null}
          ${layout.rows.map(({ datum: r, y, bar, whisker }) => {
            const name = this.#groupName(r.key);
            const mid = y + rowHeight / 2;
            return svg`<g class=${r.tooFew ? 'row too-few' : r.status && r.status !== 'met' ? `row ${r.status}` : 'row'}>
              <text class="label" x="0" y=${mid + 4}><title>${name}</title>${truncate(name, maxChars)}</text>
              ${r.tooFew
                ? svg`<text class="note" x=${layout.plotX0} y=${mid + 4}>${note}</text>`
                : svg`<rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} rx="2"></rect>
                  ${whisker
                    ? svg`<path class="whisker" d="M${whisker.x1},${whisker.y}H${whisker.x2}M${whisker.x1},${whisker.y - 5}v10M${whisker.x2},${whisker.y - 5}v10"></path>`
                    : null}
                  ${r.status === 'below'
                    ? svg`<text class="flag" x=${layout.plotX0} y=${y + rowHeight - 1}>${TARGET_SYMBOL.below} ${s.state.below}</text>`
                    : r.status === 'within-margin'
                      ? svg`<text class="flag" x=${layout.plotX0} y=${y + rowHeight - 1}>${withinNote}</text>`
                      : null}
                  <text class="value" x=${layout.valueX} y=${mid}>${this.#format(r.value)}</text>`}
              <text class="n" x=${layout.valueX} y=${r.tooFew ? mid + 4 : mid + 13}>${s.n(formatNumber(r.n, lang))}</text>
            </g>`;
          })}
        </svg>
        <p class="direction" part="direction">${this.#direction()}${this.target !== null ? ` · ${s.target(this.#format(this.target))}` : ''}</p>
      </div>
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
}
