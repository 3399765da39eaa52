import { displayText } from '../../i18n/display-text.js';
import { html, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bandOf, gaugeLayout, npsBands, type Band } from '../../charts/gauge.js';
import { splitBarLayout, type SplitSegment } from '../../charts/split-bar.js';
import { nps, type NpsResult } from '../../engine/nps.js';
import { KpiDocumentSchema, type KpiDocument } from '../../engine/schemas.js';
import { formatNumber, formatPercent, formatSigned, isOne } from '../../i18n/format.js';
import { targetStatus, type TargetStatus } from '../../engine/target.js';
import { KpiElement } from '../shared/kpi-element.js';
import { PeriodChangeController } from '../shared/period-change.js';
import type { Interval } from '../../engine/periods.js';
import { TARGET_SYMBOL } from '../shared/target-state.js';
import { NPS_GAUGE_STRINGS } from './nps-gauge.strings.js';
import { npsGaugeStyles } from './nps-gauge.styles.js';

type Group = 'promoters' | 'passives' | 'detractors';
/** In the dial's direction: detractors (scores 0–6) left, promoters right, as −100 is left and +100 right. */
const GROUPS: readonly Group[] = ['detractors', 'passives', 'promoters'];

/**
 * Net Promoter Score as a semicircle gauge from −100 to +100, with rating
 * bands (the seeds' negative, to improve, acceptable above 30, very good above
 * 50; with a `target` T: to improve 0…T, acceptable T…max(50, T + 20), very
 * good above — see `npsBands`), the target marked outside the arc, the 95 %
 * interval as an arc inside it, the detractor / passive / promoter split (in
 * the dial's direction), n and the margin of error.
 * Against `target` the NPS is *met* (✓, the whole 95 % interval at or above
 * it), *within the margin of the target* (≈, the interval contains it) or
 * *below* (▼, the whole interval under it) — see `targetStatus`.
 * Reads `responses` (metric `nps`) and `histograms` from its input.
 *
 * @summary NPS gauge with target, split bar, sample size and margin of error.
 *
 * @csspart base - The card around the element.
 * @csspart title - The heading.
 * @csspart chart - The gauge with its figure (one image for assistive technology).
 * @csspart score - The NPS figure.
 * @csspart meta - The line with n, the margin of error and the target.
 * @csspart change - With `compare="previous"`: the change against the previous period, its interval and significance.
 * @csspart split - The promoter / passive / detractor bar.
 * @csspart legend - The legend under the split bar.
 * @csspart bands - The key of the rating bands.
 * @csspart error - The error message (whole element, or a failed refresh over the last good data).
 * @csspart empty - The "no answers yet" message.
 * @csspart loading - The skeleton shown while `src` loads.
 *
 * @cssprop --kpi-color-text - Text, needle.
 * @cssprop --kpi-color-muted - Secondary text.
 * @cssprop --kpi-color-surface - Card background.
 * @cssprop --kpi-color-border - Card border.
 * @cssprop --kpi-color-track - Gauge track and empty bar.
 * @cssprop --kpi-color-accent - Target mark and its label.
 * @cssprop --kpi-color-promoter - Promoters in the split bar.
 * @cssprop --kpi-color-passive - Passives in the split bar.
 * @cssprop --kpi-color-detractor - Detractors in the split bar.
 * @cssprop --kpi-color-band-negative - Gauge band below 0 ("negative").
 * @cssprop --kpi-color-band-fair - Gauge band 0 to the target, 30 without one ("to improve").
 * @cssprop --kpi-color-band-good - Gauge band from the target (30) to max(50, target + 20) ("acceptable").
 * @cssprop --kpi-color-band-excellent - Gauge band above that ("very good").
 * @cssprop --kpi-color-error - Error text and border.
 * @cssprop --kpi-color-error-surface - Error background.
 * @cssprop --kpi-color-skeleton - The loading skeleton.
 * @cssprop --kpi-font-family - Font.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-spacing - Inner padding.
 * @cssprop --kpi-gauge-max-width - Largest width of the card (default 22em).
 *
 * @fires kpi-data - New valid input was rendered; `detail: { data, source }`.
 * @fires kpi-error - The input is invalid or `src` failed; `detail` names the `field`, the `code`, the HTTP `status` and a localized `message`.
 * @fires kpi-threshold - The NPS (the point estimate, not its interval) moved to the other side of `target`; `detail: { value, target, side, previous }`.
 */
export class KpiNpsGauge extends KpiElement<KpiDocument> {
  static override styles = [...KpiElement.styles, npsGaugeStyles];

  static override properties: PropertyDeclarations = {
    ...KpiElement.properties,
    channel: { type: String },
    compare: { type: String },
    interval: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
  };

  /** Only count answers from this channel (e.g. `chat`). */
  declare channel: string | null;
  /** `previous`: say the NPS's change against the previous period (`interval`), with its significance. */
  declare compare: 'previous' | null;
  /** The period for `compare`: `day`, `week` (default), `month` or `quarter`. */
  declare interval: Interval | null;
  /** IANA time zone raw answers are put in periods by, for `compare` (default `UTC`). */
  declare timeZone: string | null;

  readonly #change = new PeriodChangeController(this);

  #memo: { doc: KpiDocument; channel: string | null; result: NpsResult | Error } | undefined;
  /** The input whose hidden table is drawn: it follows the gauge by one task (see renderData). */
  #tableFor: KpiDocument | undefined;

  constructor() {
    super();
    this.channel = null;
    this.compare = null;
    this.interval = null;
    this.timeZone = null;
  }

  /** The period of `compare`: the attribute when it is one, else a week. */
  get #interval(): Interval {
    const i = this.interval;
    return i === 'day' || i === 'month' || i === 'quarter' ? i : 'week';
  }

  /** "▲ significant rise: +12 pts vs the previous week (95 %: +3.1 … +20.9)", or null without `compare` (or before the engine has loaded). */
  get changeSentence(): string | null {
    const doc = this.input.value;
    if (this.compare !== 'previous' || !doc) return null;
    const sentences = this.#change.sentences({ doc, metric: 'nps', interval: this.#interval, timeZone: this.timeZone || 'UTC', lang: this.locale, where: this.channel ? { channel: this.channel } : undefined });
    return sentences?.get('') ?? null;
  }

  protected override schema() {
    return KpiDocumentSchema;
  }

  /** The NPS of the current input, computed once per input and channel. */
  get result(): NpsResult | undefined {
    const doc = this.input.value;
    if (!doc) return undefined;
    const r = this.#compute(doc);
    return r instanceof Error ? undefined : r;
  }

  #compute(doc: KpiDocument): NpsResult | Error {
    if (this.#memo?.doc !== doc || this.#memo.channel !== this.channel) {
      let result: NpsResult | Error;
      try {
        result = nps(doc, { where: this.channel ? { channel: this.channel } : undefined });
      } catch (error) {
        result = error as Error;
      }
      this.#memo = { doc, channel: this.channel, result };
    }
    return this.#memo.result;
  }

  protected override isEmpty(doc: KpiDocument): boolean {
    const r = this.#compute(doc);
    return !(r instanceof Error) && r.n === 0;
  }

  protected override heading(): string {
    const s = NPS_GAUGE_STRINGS[this.locale];
    return this.channel ? `${s.title} · ${displayText(this.channel)}` : s.title;
  }

  protected override updated(): void {
    if (this.status === 'ready') this.watchThreshold(this.result?.score ?? null);
  }

  /** Where the NPS stands against `target` given its 95 % interval; `null` without a target or an answer. */
  get targetStatus(): TargetStatus | null {
    const r = this.result;
    if (!r || r.score === null || this.target === null) return null;
    const m = r.marginOfError ?? 0;
    // Unclamped: clamping to −100…100 never moves an end across a target inside that range.
    return targetStatus(r.score, r.score - m, r.score + m, this.target);
  }

  /** The sentence a screen reader hears for the chart: "NPS +30, 400 answers, margin of error ± 7.7 points, target 30, within the margin of the target". */
  get summary(): string {
    const r = this.result;
    if (!r || r.score === null) return '';
    const s = NPS_GAUGE_STRINGS[this.locale];
    const lang = this.locale;
    const parts = [
      s.summary(formatSigned(r.score, lang)),
      s.answers(formatNumber(r.n, lang), isOne(r.n, lang)),
      s.marginLong(formatNumber(r.marginOfError!, lang)),
      s.interval(formatSigned(Math.max(-100, r.score - r.marginOfError!), lang), formatSigned(Math.min(100, r.score + r.marginOfError!), lang)),
      s.bandLabel(s.band[bandOf(r.score, npsBands(this.target)).kind as keyof typeof s.band]),
    ];
    const status = this.targetStatus;
    if (this.target !== null && status) parts.push(s.target(formatNumber(this.target, lang)), s.state[status]);
    if (this.channel) parts.push(s.channel(displayText(this.channel)));
    const change = this.changeSentence;
    if (change) parts.push(change);
    return parts.join(', ');
  }

  /**
   * The loading state is the drawing's ghost: the same dial, lines, bar, legend and band key
   * under the same styles, in placeholder colour with the text hidden, so the element keeps its
   * height when the data arrives (no layout shift) at any width and in either language.
   */
  protected override renderLoading(): TemplateResult {
    const s = NPS_GAUGE_STRINGS[this.locale];
    const layout = gaugeLayout({ score: 0, target: this.target });
    // The text keeps its box but is not painted (nor read: the whole ghost is aria-hidden).
    const ghost = (text: string) => html`<span class="ghost"><span>${text}</span></span>`;
    return html`<div class="gauge-skeleton" part="loading" role="status">
      <span class="visually-hidden">${this.strings.loading}</span>
      <div aria-hidden="true">
        <svg class="chart" viewBox="0 0 ${layout.width} ${layout.height}" focusable="false">
          <path class="sk-track" transform="translate(${layout.centre.x} ${layout.centre.y})" d=${layout.track}></path>
        </svg>
        <div class="figure"><span class="score">${ghost('+00,0')}</span></div>
        <p class="meta">
          ${ghost(s.answers('000', false))} ${ghost(s.margin('0,0'))}
          ${this.target !== null ? ghost(`≈ ${s.target(formatNumber(this.target, this.locale))} — ${s.state['within-margin']}`) : null}
        </p>
        <svg class="split sk-split" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false"><rect width="100" height="10"></rect></svg>
        <ul class="legend">
          ${GROUPS.map((g) => html`<li><span class="swatch"></span>${ghost(s[g])} <span class="share">${ghost('00 %')}</span></li>`)}
        </ul>
        <ul class="bands">
          ${layout.bands.map((b, i) => html`<li><span class="swatch"></span>${ghost(`${s.band[b.kind as keyof typeof s.band]} ${this.#range(b, i, layout.bands.length)}`)}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  /** A band's range for the key: "< 0", "0–30", "≥ 50". */
  #range(band: Band, index: number, count: number): string {
    const s = NPS_GAUGE_STRINGS[this.locale];
    const f = (v: number) => formatNumber(v, this.locale);
    if (index === 0) return s.below(f(band.to));
    if (index === count - 1) return s.atLeast(f(band.from));
    return `${f(band.from)}–${f(band.to)}`;
  }

  protected override renderData(doc: KpiDocument): TemplateResult {
    const r = this.#compute(doc);
    if (r instanceof Error) throw r;
    const score = r.score!;
    const s = NPS_GAUGE_STRINGS[this.locale];
    const lang = this.locale;
    const layout = gaugeLayout({ score, target: this.target, margin: r.marginOfError });
    const { x: cx, y: cy } = layout.centre;
    const counts: Record<Group, number> = { promoters: r.promoters, passives: r.passives, detractors: r.detractors };
    const split = splitBarLayout(GROUPS.map((key) => ({ key, count: counts[key] })));
    const pct = (share: number) => formatPercent(100 * share, lang, 0);
    const status = this.targetStatus;
    const hasTarget = this.target !== null && status !== null;
    // The hidden table is half the gauge's nodes and a third of its first frame: it comes in the
    // next task, as the Sankey's do; the chart's aria-label already says every figure meanwhile.
    if (this.#tableFor !== doc) {
      setTimeout(() => {
        if (this.isConnected && this.input.value === doc && this.#tableFor !== doc) {
          this.#tableFor = doc;
          this.requestUpdate();
        }
      });
    }

    return html`
      <div class="gauge" part="chart" role="img" aria-label=${this.summary}>
        <svg class="chart" viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
          <g transform="translate(${cx} ${cy})">
            <path class="track" d=${layout.track}></path>
            ${layout.bands.map((b) => svg`<path class="band-${b.kind}" d=${b.path}></path>`)}
            ${layout.margin ? svg`<path class="moe" d=${layout.margin.path}></path>` : null}
          </g>
          ${layout.ticks.map((t) => svg`<text class="tick" x=${t.at.x} y=${t.at.y} text-anchor=${t.anchor}>${formatSigned(t.value, lang, 0)}</text>`)}
          <line class="needle" x1=${cx} y1=${cy} x2=${layout.needleTip.x} y2=${layout.needleTip.y}></line>
          <circle class="hub" cx=${cx} cy=${cy} r="5"></circle>
          ${layout.target
            ? svg`<path class="target" d=${layout.target.mark}></path>
                <text class="target-label" x=${layout.target.label.x} y=${layout.target.label.y} text-anchor=${layout.target.anchor}>${formatNumber(layout.target.value, lang)}</text>`
            : null}
        </svg>
        <div class="figure">
          <span class="score" part="score">${formatSigned(score, lang)}</span>
        </div>
        <p class="meta" part="meta">
          <span>${s.answers(formatNumber(r.n, lang), isOne(r.n, lang))}</span>
          <span>${s.margin(formatNumber(r.marginOfError!, lang))}</span>
          ${hasTarget
            ? html`<span class="target-state ${status}">${TARGET_SYMBOL[status!]} ${s.target(formatNumber(this.target!, lang))} — ${s.state[status!]}</span>`
            : null}
        </p>
        ${this.compare === 'previous' ? html`<p class="change" part="change">${this.changeSentence ?? ''}</p>` : null}
      </div>
      <div aria-hidden="true">
        <svg class="split" part="split" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
          ${split.map((seg) => svg`<rect class=${seg.key} x=${seg.x} y="0" width=${seg.width} height="10"></rect>`)}
        </svg>
        <ul class="legend" part="legend">
          ${split.map((seg) => html`<li><span class="swatch ${seg.key}"></span><span>${s[seg.key]}</span> <span class="share">${pct(seg.share)}</span></li>`)}
        </ul>
        <ul class="bands" part="bands" aria-label=${s.bandKey}>
          ${layout.bands.map((b, i) => html`<li><span class="swatch band-${b.kind}"></span>${s.band[b.kind as keyof typeof s.band]} ${this.#range(b, i, layout.bands.length)}</li>`)}
        </ul>
      </div>
      <div class="visually-hidden">${this.#tableFor === doc ? this.#renderTable(r, split, status) : null}</div>
    `;
  }

  /** The visually hidden table: each group's count and share, the total, the score, its margin and the target. */
  #renderTable(r: NpsResult, split: SplitSegment<Group>[], status: TargetStatus | null): TemplateResult {
    const s = NPS_GAUGE_STRINGS[this.locale];
    const lang = this.locale;
    const pct = (share: number) => formatPercent(100 * share, lang, 0);
    const hasTarget = this.target !== null && status !== null;
    return html`<table>
        <caption>${this.channel ? `${s.tableCaption} · ${displayText(this.channel)}` : s.tableCaption}</caption>
        <thead>
          <tr><th scope="col">${s.group}</th><th scope="col">${s.count}</th><th scope="col">${s.share}</th></tr>
        </thead>
        <tbody>
          ${split.map(
            (seg) => html`<tr>
              <th scope="row">${s[seg.key]} (${s[`${seg.key}Range`]})</th>
              <td>${formatNumber(seg.count, lang)}</td>
              <td>${pct(seg.share)}</td>
            </tr>`,
          )}
          <tr><th scope="row">${s.total}</th><td>${formatNumber(r.n, lang)}</td><td>${pct(1)}</td></tr>
        </tbody>
        <tfoot>
          <tr><th scope="row">${s.score}</th><td colspan="2">${formatSigned(r.score!, lang)}</td></tr>
          <tr><th scope="row">${s.marginHeader}</th><td colspan="2">± ${formatNumber(r.marginOfError!, lang)}</td></tr>
          ${hasTarget
            ? html`<tr><th scope="row">${s.targetHeader}</th><td colspan="2">${formatNumber(this.target!, lang)} — ${s.state[status!]}</td></tr>`
            : null}
        </tfoot>
      </table>`;
  }
}
