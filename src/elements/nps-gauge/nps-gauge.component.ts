import { html, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bandOf, gaugeLayout } from '../../charts/gauge.js';
import { splitBarLayout } from '../../charts/split-bar.js';
import { nps, type NpsResult } from '../../engine/nps.js';
import { KpiDocumentSchema, type KpiDocument } from '../../engine/schemas.js';
import { formatNumber, formatPercent, formatSigned, isOne } from '../../i18n/format.js';
import { targetStatus, type TargetStatus } from '../../engine/target.js';
import { KpiElement } from '../shared/kpi-element.js';
import { TARGET_SYMBOL } from '../shared/target-state.js';
import { NPS_GAUGE_STRINGS } from './nps-gauge.strings.js';
import { npsGaugeStyles } from './nps-gauge.styles.js';

type Group = 'promoters' | 'passives' | 'detractors';
const GROUPS: readonly Group[] = ['promoters', 'passives', 'detractors'];

/**
 * Net Promoter Score as a semicircle gauge from −100 to +100, with the seeds'
 * bands (negative, to improve, acceptable above 30, very good above 50), the
 * target, the promoter / passive / detractor split, n and the margin of error.
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
 * @csspart split - The promoter / passive / detractor bar.
 * @csspart legend - The legend under the split bar.
 * @csspart error - The error message (whole element, or a failed refresh over the last good data).
 * @csspart empty - The "no answers yet" message.
 * @csspart loading - The skeleton shown while `src` loads.
 *
 * @cssprop --kpi-color-text - Text, needle.
 * @cssprop --kpi-color-muted - Secondary text.
 * @cssprop --kpi-color-surface - Card background.
 * @cssprop --kpi-color-border - Card border.
 * @cssprop --kpi-color-track - Gauge track and empty bar.
 * @cssprop --kpi-color-accent - Target mark.
 * @cssprop --kpi-color-promoter - Promoters in the split bar.
 * @cssprop --kpi-color-passive - Passives in the split bar.
 * @cssprop --kpi-color-detractor - Detractors in the split bar.
 * @cssprop --kpi-color-band-negative - Gauge band below 0.
 * @cssprop --kpi-color-band-fair - Gauge band 0–30.
 * @cssprop --kpi-color-band-good - Gauge band 30–50.
 * @cssprop --kpi-color-band-excellent - Gauge band above 50.
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
  };

  /** Only count answers from this channel (e.g. `chat`). */
  declare channel: string | null;

  #memo: { doc: KpiDocument; channel: string | null; result: NpsResult | Error } | undefined;

  constructor() {
    super();
    this.channel = null;
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
    return this.channel ? `${s.title} · ${this.channel}` : s.title;
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
      s.bandLabel(s.band[bandOf(r.score).kind as keyof typeof s.band]),
    ];
    const status = this.targetStatus;
    if (this.target !== null && status) parts.push(s.target(formatNumber(this.target, lang)), s.state[status]);
    if (this.channel) parts.push(s.channel(this.channel));
    return parts.join(', ');
  }

  protected override renderData(doc: KpiDocument): TemplateResult {
    const r = this.#compute(doc);
    if (r instanceof Error) throw r;
    const score = r.score!;
    const s = NPS_GAUGE_STRINGS[this.locale];
    const lang = this.locale;
    const layout = gaugeLayout({ score, target: this.target });
    const { x: cx, y: cy } = layout.centre;
    const counts: Record<Group, number> = { promoters: r.promoters, passives: r.passives, detractors: r.detractors };
    const split = splitBarLayout(GROUPS.map((key) => ({ key, count: counts[key] })));
    const pct = (share: number) => formatPercent(100 * share, lang, 0);
    const status = this.targetStatus;
    const hasTarget = this.target !== null && status !== null;

    return html`
      <div class="gauge" part="chart" role="img" aria-label=${this.summary}>
        <svg class="chart" viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
          <g transform="translate(${cx} ${cy})">
            <path class="track" d=${layout.track}></path>
            ${layout.bands.map((b) => svg`<path class="band-${b.kind}" d=${b.path}></path>`)}
          </g>
          ${layout.ticks.map((t) => svg`<text class="tick" x=${t.at.x} y=${t.at.y} text-anchor="middle">${formatSigned(t.value, lang, 0)}</text>`)}
          ${layout.target
            ? svg`<line class="target" x1=${layout.target.inner.x} y1=${layout.target.inner.y} x2=${layout.target.outer.x} y2=${layout.target.outer.y}></line>`
            : null}
          <line class="needle" x1=${cx} y1=${cy} x2=${layout.needleTip.x} y2=${layout.needleTip.y}></line>
          <circle class="hub" cx=${cx} cy=${cy} r="5"></circle>
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
      </div>
      <div aria-hidden="true">
        <svg class="split" part="split" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
          ${split.map((seg) => svg`<rect class=${seg.key} x=${seg.x} y="0" width=${seg.width} height="10"></rect>`)}
        </svg>
        <ul class="legend" part="legend">
          ${split.map((seg) => html`<li><span class="swatch ${seg.key}"></span>${s[seg.key]} ${pct(seg.share)}</li>`)}
        </ul>
      </div>
      <div class="visually-hidden"><table>
        <caption>${this.channel ? `${s.tableCaption} · ${this.channel}` : s.tableCaption}</caption>
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
          <tr><th scope="row">${s.score}</th><td colspan="2">${formatSigned(score, lang)}</td></tr>
          <tr><th scope="row">${s.marginHeader}</th><td colspan="2">± ${formatNumber(r.marginOfError!, lang)}</td></tr>
          ${hasTarget
            ? html`<tr><th scope="row">${s.targetHeader}</th><td colspan="2">${formatNumber(this.target!, lang)} — ${s.state[status!]}</td></tr>`
            : null}
        </tfoot>
      </table></div>
    `;
  }
}
