import { displayText } from '../../i18n/display-text.js';
import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { sparklineLayout } from '../../charts/sparkline.js';
import { describeProblem } from '../../data/describe.js';
import { emit, type KpiErrorDetail, type KpiThresholdDetail } from '../../data/events.js';
import { jsonAttribute } from '../../data/json-attribute.js';
import { problemFromIssues, type KpiProblem } from '../../data/problem.js';
import { CurrencySchema, MetricRowSchema, type MetricRow, type ScorecardDocument } from '../../engine/metric-schemas.js';
import { INTERVALS, type Interval } from '../../engine/periods.js';
import { HistogramSchema, ResponseSchema } from '../../engine/schemas.js';
import { channelsIn, SCORECARD_KPIS, scorecardTiles, type ScorecardKpi, type Tile, type TilePoint } from '../../engine/scorecard.js';
import { TargetSchema, type SmartStatus, type Target } from '../../engine/smart.js';
import { formatDuration } from '../../i18n/duration.js';
import { fixedDigits, formatCurrency, formatNumber, formatPercent, formatSigned, isCurrency } from '../../i18n/format.js';
import { KpiElement } from '../shared/kpi-element.js';
import { SCORECARD_STRINGS } from './scorecard.strings.js';
import { scorecardStyles } from './scorecard.styles.js';
import { formatDay } from '../../i18n/dates.js';

/**
 * The input as read: the scores' answers and histograms are checked as every element
 * checks them; `metrics` rows one by one (scorecard.component's #rows), so a bad row
 * spoils its own KPI's tile, not the others.
 */
const ScorecardInputSchema = z.object({
  responses: z.optional(z.array(ResponseSchema)),
  histograms: z.optional(z.array(HistogramSchema)),
  metrics: z.optional(z.array(z.unknown())),
  currency: z.optional(CurrencySchema),
});
type ScorecardInput = z.infer<typeof ScorecardInputSchema>;

type ProblemKind = keyof (typeof SCORECARD_STRINGS)['en']['problems'];
/** Problems from the schemas' own checks, and which sentence says them. */
const kinds = new WeakMap<KpiProblem, { kind: ProblemKind; value: string }>();

const STATUS_ICON: Record<SmartStatus, string> = { met: '✓', 'on-track': '↗', behind: '!', 'not-met': '✕' };

interface Computed {
  doc: ScorecardDocument;
  /** Bad rows, by the KPI they name (`''` when even that is unreadable). */
  rowProblems: Map<string, KpiProblem>;
  targetProblems: KpiProblem[];
  kpiProblem: KpiProblem | null;
  groups: Array<{ channel: string | undefined; tiles: Tile[] }>;
}

/**
 * A grid of KPI tiles: operations, commerce and engagement `metrics` rows and
 * the three scores, each with its value in its unit, its SMART target and
 * deadline, where it stands (met / on track / behind, in words and icon), the
 * change against the previous period (with its 95 % interval for rates and
 * scores) and a sparkline of the last 12 periods. Lower-is-better KPIs
 * (transfer, churn, response time, CPA…) turn the colours of change round.
 *
 * @summary KPI tiles with SMART targets, status, change and sparkline.
 *
 * @csspart base - The card around the element.
 * @csspart title - The heading.
 * @csspart tiles - A list of tiles (one per channel with `by="channel"`).
 * @csspart tile - One KPI's tile.
 * @csspart value - A tile's figure.
 * @csspart change - A tile's change against the previous period.
 * @csspart status - A tile's status against its target, in words and icon.
 * @csspart notes - Problems with `targets`, `kpis` or rows, under the tiles.
 * @csspart error - The error message (whole element, or a failed refresh over the last good data).
 * @csspart empty - The "no data yet" message.
 * @csspart loading - The skeleton shown while `src` loads.
 *
 * @cssprop --kpi-color-text - Text.
 * @cssprop --kpi-color-muted - Definitions, targets, periods.
 * @cssprop --kpi-color-surface - Card background.
 * @cssprop --kpi-color-border - Card and tile borders.
 * @cssprop --kpi-color-accent - Sparklines, the on-track status.
 * @cssprop --kpi-color-promoter - Good news: target met, a change for the better.
 * @cssprop --kpi-color-detractor - Bad news: behind, a change for the worse.
 * @cssprop --kpi-color-error - Error text.
 * @cssprop --kpi-color-error-surface - Error background.
 * @cssprop --kpi-color-skeleton - The loading skeleton.
 * @cssprop --kpi-font-family - Font.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-spacing - Inner padding.
 *
 * @fires kpi-data - New valid input was rendered; `detail: { data, source }`.
 * @fires kpi-error - The input is invalid, `src` failed, or a `metrics` row, a target or a KPI name is not one; `detail` names the `field` (`metrics[4].contacts`, `targets[1].by`, `kpis`), the `code` and a localized `message`.
 * @fires kpi-threshold - A tile's figure moved to the other side of its target; `detail: { key, value, target, side, previous }`, `key` being `kpi` or `channel|kpi`.
 */
export class KpiScorecard extends KpiElement<ScorecardInput> {
  static override styles = [...KpiElement.styles, scorecardStyles];

  static override properties: PropertyDeclarations = {
    ...KpiElement.properties,
    kpis: { type: String },
    targets: { attribute: 'targets', converter: jsonAttribute },
    channel: { type: String },
    by: { type: String },
    interval: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
    lowerIsEasier: { type: Boolean, attribute: 'lower-is-easier' },
    currency: { type: String },
    today: { type: String },
  };

  /** The KPIs, comma-separated, in order (`fcr,transfer,response-time,nps`); default: those of `targets`, else every KPI the input holds. */
  declare kpis: string | null;
  /** SMART targets: a JSON list (attribute) or an array (property) of `{ kpi, channel?, target, direction?, baseline?, from?, by? }`. */
  declare targets: unknown;
  /** Only this channel's rows and answers. */
  declare channel: string | null;
  /** `channel`: one row of tiles per channel. */
  declare by: 'channel' | null;
  /** The scores' period: `day`, `week`, `month` or `quarter`; default the `metrics` rows' own, else month. */
  declare interval: Interval | null;
  /** IANA time zone answers are put in periods by (default `UTC`). */
  declare timeZone: string | null;
  /** For CES: a low score means easy (the seeds' CES ≤ 3 target then applies). */
  declare lowerIsEasier: boolean;
  /** ISO 4217 code for amounts; default the document's `currency`, else EUR. */
  declare currency: string | null;
  /** The day SMART status is judged on, `YYYY-MM-DD`; default today (local date). */
  declare today: string | null;

  #memo: { key: string; input: ScorecardInput; computed: Computed | Error } | undefined;
  #said = new Set<string>();
  #sides = new Map<string, KpiThresholdDetail['side']>();

  constructor() {
    super();
    this.kpis = null;
    this.targets = null;
    this.channel = null;
    this.by = null;
    this.interval = null;
    this.timeZone = null;
    this.lowerIsEasier = false;
    this.currency = null;
    this.today = null;
  }

  protected override schema() {
    return ScorecardInputSchema;
  }

  protected override isEmpty(input: ScorecardInput): boolean {
    return !input.responses?.length && !input.histograms?.length && !input.metrics?.length;
  }

  protected override heading(): string {
    const title = SCORECARD_STRINGS[this.locale].title;
    return this.channel ? `${title} · ${displayText(this.channel)}` : title;
  }

  get #today(): string {
    if (this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today)) return this.today;
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }

  get #currency(): string {
    const asked = this.currency ?? this.input.value?.currency ?? 'EUR';
    return isCurrency(asked) ? asked.toUpperCase() : 'EUR';
  }

  /** The tiles drawn, by group (one group without `by`); undefined before data. */
  get tiles(): Computed['groups'] | undefined {
    const input = this.input.value;
    const computed = input ? this.#compute(input) : undefined;
    return computed instanceof Error ? undefined : computed?.groups;
  }

  /** `targets`, `kpis`, rows the element left out, and why (each also fired once as `kpi-error`). */
  get problems(): KpiProblem[] {
    const input = this.input.value;
    const computed = input ? this.#compute(input) : undefined;
    if (!computed || computed instanceof Error) return [];
    return [...computed.rowProblems.values(), ...computed.targetProblems, ...(computed.kpiProblem ? [computed.kpiProblem] : [])];
  }

  #compute(input: ScorecardInput): Computed | Error {
    const key = [this.kpis, JSON.stringify(this.targets ?? null), this.channel, this.by, this.interval, this.timeZone, this.lowerIsEasier, this.#today].join('|');
    if (this.#memo?.input === input && this.#memo.key === key) return this.#memo.computed;
    let computed: Computed | Error;
    try {
      const { rows, rowProblems } = this.#rows(input);
      const doc: ScorecardDocument = { ...input, metrics: rows };
      const { targets, targetProblems } = this.#targets();
      const { kpis, kpiProblem } = this.#kpis();
      const options = {
        kpis,
        targets,
        today: this.#today,
        lowerIsEasier: this.lowerIsEasier,
        interval: INTERVALS.includes(this.interval as Interval) ? (this.interval as Interval) : undefined,
        timeZone: this.timeZone || 'UTC',
      };
      const groups =
        this.by === 'channel'
          ? channelsIn(doc)
              .map((channel) => ({ channel, tiles: scorecardTiles(doc, options, channel) }))
              // Channels without a figure of the KPIs asked (a social platform under `kpis="fcr"`) get no row.
              .filter((group) => group.tiles.some((tile) => tile.value !== null))
          : [{ channel: this.channel ?? undefined, tiles: scorecardTiles(doc, { ...options, channel: this.channel ?? undefined }) }];
      computed = { doc, rowProblems, targetProblems, kpiProblem, groups };
    } catch (error) {
      computed = error as Error;
    }
    this.#memo = { key, input, computed };
    return computed;
  }

  /** The `metrics` rows that pass their KPI's schema; the first problem of each KPI's bad rows. */
  #rows(input: ScorecardInput): { rows: MetricRow[]; rowProblems: Map<string, KpiProblem> } {
    const rows: MetricRow[] = [];
    const rowProblems = new Map<string, KpiProblem>();
    (input.metrics ?? []).forEach((row, i) => {
      const result = MetricRowSchema.safeParse(row);
      if (result.success) return void rows.push(result.data as MetricRow);
      const kpi = typeof (row as { kpi?: unknown })?.kpi === 'string' && SCORECARD_KPIS.includes((row as { kpi: ScorecardKpi }).kpi) ? (row as { kpi: string }).kpi : '';
      if (rowProblems.has(kpi)) return;
      rowProblems.set(kpi, this.#problem(result.error.issues, ['metrics', i], input));
    });
    return { rows, rowProblems };
  }

  /** Valid targets; each bad one named (`targets[1].by`) and left out, the others kept. */
  #targets(): { targets: Target[]; targetProblems: KpiProblem[] } {
    const raw = this.targets;
    if (raw === null || raw === undefined) return { targets: [], targetProblems: [] };
    if (!Array.isArray(raw)) {
      return { targets: [], targetProblems: [{ source: 'data', field: 'targets', code: 'type', expected: 'array', received: typeof raw, reason: 'targets: expected a JSON list of targets' }] };
    }
    const targets: Target[] = [];
    const targetProblems: KpiProblem[] = [];
    raw.forEach((t, i) => {
      const result = TargetSchema.safeParse(t);
      if (result.success) targets.push(result.data);
      else targetProblems.push(this.#problem(result.error.issues, ['targets', i], { targets: raw }));
    });
    return { targets, targetProblems };
  }

  /** The problem of a row's or a target's issues, under `at`; the schemas' own checks keep their kind for the sentence. */
  #problem(issues: readonly z.core.$ZodIssue[], at: PropertyKey[], input: unknown): KpiProblem {
    const problem = problemFromIssues(issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })), input, 'data');
    const params = issues[0]!.code === 'custom' ? (issues[0]!.params as { kind?: string; after?: string; total?: number } | undefined) : undefined;
    if (params?.kind && params.kind in SCORECARD_STRINGS.en.problems) kinds.set(problem, { kind: params.kind as ProblemKind, value: String(params.after ?? params.total ?? '') });
    return problem;
  }

  /** The sentence of a problem, in the element's language. */
  #describe(problem: KpiProblem): string {
    const kind = kinds.get(problem);
    if (!kind) return describeProblem(problem, this.strings);
    const sentence = SCORECARD_STRINGS[this.locale].problems[kind.kind];
    return `${problem.field} — ${typeof sentence === 'function' ? sentence(kind.value) : sentence}`;
  }

  #kpis(): { kpis: ScorecardKpi[] | undefined; kpiProblem: KpiProblem | null } {
    if (!this.kpis) return { kpis: undefined, kpiProblem: null };
    const names = this.kpis.split(',').map((k) => k.trim()).filter(Boolean);
    const unknown = names.filter((k) => !SCORECARD_KPIS.includes(k as ScorecardKpi));
    const kpis = names.filter((k): k is ScorecardKpi => SCORECARD_KPIS.includes(k as ScorecardKpi));
    const kpiProblem: KpiProblem | null = unknown.length
      ? { source: 'data', field: 'kpis', code: 'value', expected: SCORECARD_KPIS.join(', '), received: unknown.join(', '), reason: `kpis: ${unknown.map((k) => JSON.stringify(k)).join(', ')} not a KPI of the kit` }
      : null;
    return { kpis, kpiProblem };
  }

  protected override updated(): void {
    for (const problem of this.problems) {
      if (this.#said.has(problem.reason)) continue;
      this.#said.add(problem.reason);
      emit<KpiErrorDetail>(this, 'kpi-error', { ...problem, message: this.#describe(problem) });
    }
    if (this.status !== 'ready') return;
    for (const group of this.tiles ?? []) {
      for (const tile of group.tiles) {
        if (tile.value === null || !tile.target) continue;
        const key = group.channel === undefined ? tile.kpi : `${group.channel}|${tile.kpi}`;
        const side = tile.value >= tile.target.target ? 'above' : 'below';
        const previous = this.#sides.get(key) ?? null;
        if (side === previous) continue;
        this.#sides.set(key, side);
        emit<KpiThresholdDetail>(this, 'kpi-threshold', { key, value: tile.value, target: tile.target.target, side, previous });
      }
    }
  }

  // ---- formatting ----

  #value(tile: Pick<Tile, 'kpi' | 'unit'>, v: number): string {
    const lang = this.locale;
    switch (tile.unit) {
      case 'score':
        return tile.kpi === 'nps' ? formatSigned(v, lang, 0) : tile.kpi === 'csat' ? formatPercent(v, lang) : formatNumber(v, lang, fixedDigits(2));
      case 'percent':
        return formatPercent(v, lang);
      case 'seconds':
        return formatDuration(v, lang);
      case 'currency':
        return formatCurrency(v, lang, this.#currency, Math.abs(v) >= 1000 ? 0 : 2);
      default:
        return formatNumber(v, lang);
    }
  }

  #delta(tile: Tile, v: number): string {
    const s = SCORECARD_STRINGS[this.locale];
    const lang = this.locale;
    const plus = v > 0 ? '+' : '';
    if (tile.unit === 'percent' || (tile.unit === 'score' && tile.kpi !== 'ces')) return s.points(formatSigned(v, lang));
    if (tile.unit === 'score') return formatSigned(v, lang, 2);
    if (tile.unit === 'seconds') return plus + formatDuration(v, lang);
    if (tile.unit === 'currency') return plus + formatCurrency(v, lang, this.#currency, Math.abs(v) >= 1000 ? 0 : 2);
    return formatSigned(v, lang, 0);
  }

  #date(day: string, options: Intl.DateTimeFormatOptions): string {
    return formatDay(day, this.locale, options);
  }

  #periodName(point: TilePoint, interval: Interval | null): string {
    const s = SCORECARD_STRINGS[this.locale];
    if (interval === 'quarter') return s.quarter(Number(point.period.slice(-1)), Number(point.period.slice(0, 4)));
    if (interval === 'month') return this.#date(point.start, { month: 'long', year: 'numeric' });
    const day = this.#date(point.start, { day: 'numeric', month: 'long', year: 'numeric' });
    return interval === 'week' ? s.weekOf(day) : day;
  }

  #targetLine(tile: Tile): string {
    const s = SCORECARD_STRINGS[this.locale];
    const t = tile.target;
    if (!t) return s.noTarget;
    const above = (t.direction ?? (tile.better === 'lower' ? 'below' : 'above')) === 'above';
    const by = t.by ? this.#date(t.by, { day: '2-digit', month: '2-digit', year: 'numeric' }) : null;
    return s.target(above ? '≥' : '≤', this.#value(tile, t.target), by, tile.targetFrom === 'seeds');
  }

  /** "▲ +12 pts vs the previous month" and "significant (95 %: +8.2 … +15.8)"; good or bad news by the KPI's better side. */
  #change(tile: Tile): { line: string; detail: string | null; tone: 'good' | 'bad' | '' } {
    const s = SCORECARD_STRINGS[this.locale];
    const c = tile.change;
    if (!c || c.delta === null || !tile.interval) return { line: s.noPrevious, detail: null, tone: '' };
    const versus = s.versus[tile.interval];
    const symbol = c.significant ? (c.delta > 0 ? '▲ ' : '▼ ') : '';
    const shown = this.#delta(tile, c.delta);
    const line = `${symbol}${shown} ${versus}`;
    const detail = c.low === null || c.high === null ? null : (c.significant ? s.significant : s.notSignificant)(this.#delta(tile, c.low), this.#delta(tile, c.high));
    // News only when it is one: a significant change, or any change of a KPI without an interval.
    // A change that rounds to "0 pts" as written is no news either.
    const news = c.significant === true || (c.significant === null && /[1-9]/.test(shown));
    const better = tile.better === null || !news ? null : (c.delta > 0) === (tile.better === 'higher');
    return { line, detail, tone: better === null ? '' : better ? 'good' : 'bad' };
  }

  // ---- rendering ----

  protected override renderLoading(): TemplateResult {
    const count = this.kpis ? Math.max(1, this.kpis.split(',').filter((k) => k.trim()).length) : 6;
    return html`<div class="skeleton-grid" part="loading" role="status">
      <span class="visually-hidden">${this.strings.loading}</span>
      <ul class="grid" aria-hidden="true">${Array.from({ length: count }, () => html`<li class="ghost"></li>`)}</ul>
    </div>`;
  }

  protected override renderData(input: ScorecardInput): TemplateResult {
    const computed = this.#compute(input);
    if (computed instanceof Error) throw computed;
    const s = SCORECARD_STRINGS[this.locale];
    const notes = [...computed.targetProblems, ...(computed.kpiProblem ? [computed.kpiProblem] : []), ...(computed.rowProblems.has('') ? [computed.rowProblems.get('')!] : [])];
    // One KPI per channel: one grid of tiles named by channel, not a row per channel holding one tile.
    const single = this.by === 'channel' && computed.groups.every((g) => g.tiles.length === 1);
    const groups = single ? [{ channel: undefined, tiles: computed.groups.flatMap((g) => g.tiles) }] : computed.groups;
    const many = this.by === 'channel' && !single;
    return html`
      ${groups.map(
        (group) => html`<section class="group" aria-label=${displayText(group.channel) ?? this.heading()}>
          ${many ? html`<p class="group-name" role="heading" aria-level="3">${displayText(group.channel)}</p>` : nothing}
          <ul class="grid" part="tiles" aria-label=${s.listLabel(many ? `${this.heading()} · ${displayText(group.channel)}` : this.heading())}>
            ${group.tiles.map((tile) => this.#tile(tile, computed.rowProblems.get(tile.kpi), many ? 4 : 3, single))}
          </ul>
        </section>`,
      )}
      ${notes.length ? html`<ul class="notes" part="notes">${notes.map((p) => html`<li>${this.#describe(p)}</li>`)}</ul>` : nothing}
    `;
  }

  #tile(tile: Tile, problem: KpiProblem | undefined, level: number, byName = false): TemplateResult {
    const s = SCORECARD_STRINGS[this.locale];
    const named = s.kpis[tile.kpi];
    const channel = tile.channel && (byName || (this.by !== 'channel' && !this.channel)) ? ` · ${displayText(tile.channel)}` : '';
    if (problem) {
      return html`<li class="tile no-data" part="tile">
        <p class="name" role="heading" aria-level=${level}>${named.name}${channel}</p>
        <p class="definition">${named.definition}</p>
        <p class="problem" part="value" role="alert">${this.#describe(problem)}</p>
      </li>`;
    }
    if (tile.value === null) {
      return html`<li class="tile no-data" part="tile">
        <p class="name" role="heading" aria-level=${level}>${named.name}${channel}</p>
        <p class="definition">${named.definition}</p>
        <p class="value" part="value">${s.noData}</p>
        <p class="target">${this.#targetLine(tile)}</p>
      </li>`;
    }
    const change = this.#change(tile);
    const meta = [tile.period ? this.#periodName(tile.period, tile.interval) : null, tile.n !== null ? s.n(formatNumber(tile.n, this.locale)) : null].filter(Boolean).join(' · ');
    const status = tile.status;
    return html`<li class="tile" part="tile">
      <p class="name" role="heading" aria-level=${level}>${named.name}${channel}</p>
      <p class="definition">${named.definition}</p>
      <p class="value" part="value">${this.#value(tile, tile.value)}</p>
      ${meta ? html`<p class="meta">${meta}</p>` : nothing}
      ${this.#sparkline(tile)}
      <p class="change ${change.tone}" part="change">${change.line}</p>
      ${change.detail ? html`<p class="significance">${change.detail}</p>` : nothing}
      <p class="target">${this.#targetLine(tile)}</p>
      ${status
        ? html`<p class="status ${status}" part="status"><span class="icon" aria-hidden="true">${STATUS_ICON[status]}</span>${s.status[status]}</p>`
        : nothing}
    </li>`;
  }

  /** The last periods as a line (hidden from assistive technology: the figures are said beside it). */
  #sparkline(tile: Tile): TemplateResult | typeof nothing {
    if (tile.points.length < 2) return nothing;
    const s = SCORECARD_STRINGS[this.locale];
    const width = 200;
    const height = 28;
    const layout = sparklineLayout(
      tile.points.map((p) => p.value),
      { width, height, target: tile.target?.target ?? null },
    );
    const last = layout.points.at(-1);
    const first = tile.points[0]!;
    const final = tile.points.at(-1)!;
    return html`<svg class="spark" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" aria-hidden="true">
        ${layout.targetY !== null ? svg`<line class="goal" x1="0" x2=${width} y1=${layout.targetY} y2=${layout.targetY} vector-effect="non-scaling-stroke"></line>` : nothing}
        <path class="line" d=${layout.line} vector-effect="non-scaling-stroke"></path>
        ${last ? svg`<path class="last" d="M${last.x},${last.y}h0" vector-effect="non-scaling-stroke"></path>` : nothing}
      </svg>
      <span class="visually-hidden">${s.sparkline(tile.points.length, this.#periodName(first, tile.interval), this.#periodName(final, tile.interval))}:
        ${tile.points.map((p) => (p.value === null ? '—' : this.#value(tile, p.value))).join(', ')}</span>`;
  }
}
