import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { heatmapLayout, sortedOrder, toneClass, type HeatmapLayout } from '../../charts/heatmap.js';
import { describeProblem } from '../../data/describe.js';
import { emit, type KpiErrorDetail } from '../../data/events.js';
import type { KpiProblem } from '../../data/problem.js';
import { byGroups, DIMENSIONS, type ByGroupsResult, type Dimension, type HeatmapCell } from '../../engine/by-groups.js';
import { INTERVALS, parsePeriod, type Interval } from '../../engine/periods.js';
import { displayText } from '../../i18n/display-text.js';
import { KpiDocumentSchema, METRICS, type KpiDocument, type Metric } from '../../engine/schemas.js';
import { fixedDigits, formatNumber, formatPercent, formatSigned } from '../../i18n/format.js';
import { KpiElement } from '../shared/kpi-element.js';
import { HEATMAP_STRINGS } from './heatmap.strings.js';
import { heatmapStyles } from './heatmap.styles.js';
import { formatDay, knownZone } from '../../i18n/dates.js';


/** A cell's figure, whatever the metric: the score (NPS, CSAT %) or the mean (CES), and its 95 % interval. */
function figureOf(metric: Metric, cell: HeatmapCell): { value: number | null; lo: number | null; hi: number | null } {
  if (metric === 'nps') {
    const c = cell as HeatmapCell<'nps'>;
    return c.score === null ? { value: null, lo: null, hi: null } : { value: c.score, lo: c.score - c.marginOfError!, hi: c.score + c.marginOfError! };
  }
  const c = cell as HeatmapCell<'csat'> | HeatmapCell<'ces'>;
  const value = 'mean' in c ? c.mean : c.score;
  return { value, lo: c.interval?.[0] ?? null, hi: c.interval?.[1] ?? null };
}

type Direction = 'ascending' | 'descending';
/** How rows (or columns) are ordered: as the data gives them, by name, or by the scores of one column (row). */
type Sort = { by: 'data' } | { by: 'name'; direction: Direction } | { by: 'score'; key: string; direction: Direction };

interface Drawn {
  result: ByGroupsResult;
  figures: Array<{ value: number | null; lo: number | null; hi: number | null }>;
  layout: HeatmapLayout;
  centre: number;
}

/**
 * NPS, CSAT or CES over two dimensions (any two of channel, touchpoint, stage and
 * period; default touchpoint × stage) as a real table: each cell gives its score and
 * its n, on a background from a diverging scale centred on `target` (else the metric's
 * neutral point: NPS 0, CSAT 50 %, CES the scale's middle), five steps a side between
 * the theme's detractor and promoter colours. Cells under `min-n` answers are hatched,
 * greyed and left out of the ranking, with the reason in words ("n = 12 < 30"). The
 * sentence under the table names the worst and the best cells. Column headers sort the
 * rows by that column's scores, row headers the columns by that row's, the corner header
 * by name; the cells are one tab stop, arrows, Home and End move across them.
 *
 * @summary A score over two dimensions as a heatmap table, with n per cell and its worst and best cells.
 *
 * @csspart base - The card around the element.
 * @csspart title - The heading.
 * @csspart table - The heatmap table.
 * @csspart cell - A data cell.
 * @csspart summary - The sentence naming the worst and best cells.
 * @csspart notes - The notes under the table (centre of the colours, hatched cells, attribute problems).
 * @csspart error - The error message (whole element, or a failed refresh over the last good data).
 * @csspart empty - The "no answers yet" message.
 * @csspart loading - The skeleton shown while `src` loads.
 *
 * @cssprop --kpi-color-text - Text, and the figures in the cells.
 * @cssprop --kpi-color-muted - The caption, notes, hatched cells' text.
 * @cssprop --kpi-color-surface - Card background, the colour of the scale's centre.
 * @cssprop --kpi-color-border - Card and cell borders.
 * @cssprop --kpi-color-track - The hatching of cells under `min-n`.
 * @cssprop --kpi-color-accent - The focused cell's outline.
 * @cssprop --kpi-color-promoter - The good end of the scale (mixed up to 50 % with the surface).
 * @cssprop --kpi-color-detractor - The bad end of the scale (mixed up to 50 % with the surface).
 * @cssprop --kpi-color-error - Error text.
 * @cssprop --kpi-color-error-surface - Error background.
 * @cssprop --kpi-color-skeleton - The loading skeleton.
 * @cssprop --kpi-font-family - Font.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-spacing - Inner padding.
 *
 * @fires kpi-data - New valid input was rendered; `detail: { data, source }`.
 * @fires kpi-error - The input is invalid, `src` failed, or `metric`, `rows`, `columns`, `interval` or `time-zone` is not one (it then falls back to its default, and says which); `detail` names the `field`, the `code` and a localized `message`.
 * @fires kpi-threshold - A cell with at least `min-n` answers moved to the other side of `target`; `detail: { key, value, target, side, previous }`, `key` being `row|column`.
 */
export class KpiHeatmap extends KpiElement<KpiDocument> {
  static override styles = [...KpiElement.styles, heatmapStyles];

  static override properties: PropertyDeclarations = {
    ...KpiElement.properties,
    metric: { type: String },
    rows: { type: String },
    columns: { type: String },
    minN: { type: Number, attribute: 'min-n' },
    interval: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
    scale: { type: Number },
    lowerIsEasier: { type: Boolean, attribute: 'lower-is-easier' },
  };

  /** `nps` (default), `csat` or `ces`. */
  declare metric: Metric;
  /** The rows' dimension: `channel`, `touchpoint` (default), `stage` or `period`. */
  declare rows: Dimension;
  /** The columns' dimension: `channel`, `touchpoint`, `stage` (default) or `period`; not the rows' one. */
  declare columns: Dimension;
  /** Cells with fewer answers are hatched, greyed and not ranked. Default 30. */
  declare minN: number;
  /** With `period`: `day`, `week`, `month` or `quarter`; without it, the finest giving at most 60 periods. */
  declare interval: Interval | null;
  /** With `period`: the IANA time zone answers are put in days by (default `UTC`). */
  declare timeZone: string | null;
  /** Highest point of the CSAT or CES scale (5 for CSAT, 7 for CES by default). */
  declare scale: number | null;
  /** For CES: a low score means easy (the colours and the ranking turn round). */
  declare lowerIsEasier: boolean;

  #memo: { key: string; doc: KpiDocument; drawn: Drawn | Error } | undefined;
  #said = new Set<string>();
  #rowSort: Sort = { by: 'data' };
  #columnSort: Sort = { by: 'data' };
  /** The cell the grid's one tab stop is on, by keys (it follows a sort). */
  #focus: { row: string; column: string } | null = null;
  #moveFocus = false;

  constructor() {
    super();
    this.metric = 'nps';
    this.rows = 'touchpoint';
    this.columns = 'stage';
    this.minN = 30;
    this.interval = null;
    this.timeZone = null;
    this.scale = null;
    this.lowerIsEasier = false;
  }

  protected override schema() {
    return KpiDocumentSchema;
  }

  get #metric(): Metric {
    return (METRICS as readonly string[]).includes(this.metric) ? this.metric : 'nps';
  }

  /** The dimensions drawn: the asked ones when valid and different, else the defaults (each fallback said in `attributeProblems`). */
  get #dimensions(): { rows: Dimension; columns: Dimension; problems: KpiProblem[] } {
    const s = HEATMAP_STRINGS.en;
    const problems: KpiProblem[] = [];
    const valid = (v: unknown): v is Dimension => (DIMENSIONS as readonly unknown[]).includes(v);
    const rows = valid(this.rows) ? this.rows : 'touchpoint';
    if (!valid(this.rows)) problems.push(this.#problem('rows', DIMENSIONS.join(', '), String(this.rows), rows, `rows: "${this.rows}" is not one of ${DIMENSIONS.join(', ')}; ${s.fallback(rows)}`));
    let columns: Dimension = valid(this.columns) ? this.columns : 'stage';
    if (!valid(this.columns)) problems.push(this.#problem('columns', DIMENSIONS.join(', '), String(this.columns), columns, `columns: "${this.columns}" is not one of ${DIMENSIONS.join(', ')}; ${s.fallback(columns)}`));
    if (columns === rows) {
      const others = DIMENSIONS.filter((d) => d !== rows).join(', ');
      const asked = columns;
      columns = rows === 'stage' ? 'touchpoint' : 'stage';
      problems.push(this.#problem('columns', others, asked, columns, `columns: "${asked}" is the rows' dimension too; ${s.fallback(columns)}`));
    }
    return { rows, columns, problems };
  }

  #problem(field: string, expected: string, received: string, used: string, reason: string): KpiProblem {
    const p: KpiProblem = { source: 'data', field, code: 'value', expected, received, reason };
    usedInstead.set(p, used);
    return p;
  }

  get #interval(): Interval | undefined {
    const asked = this.interval;
    return asked && (INTERVALS as readonly string[]).includes(asked) ? asked : undefined;
  }

  get #zone(): string {
    const zone = this.timeZone || 'UTC';
    return knownZone(zone) ? zone : 'UTC';
  }

  /** Attribute values that are not one: each a problem, its default used instead. */
  get attributeProblems(): KpiProblem[] {
    const problems = [...this.#dimensions.problems];
    if (this.metric && this.#metric !== this.metric) problems.unshift(this.#problem('metric', METRICS.join(', '), String(this.metric), 'nps', `metric: "${this.metric}" is not one of ${METRICS.join(', ')}; nps used instead`));
    if (this.interval && !this.#interval) problems.push(this.#problem('interval', INTERVALS.join(', '), String(this.interval), 'auto', `interval: "${this.interval}" is not one of ${INTERVALS.join(', ')}`));
    if (this.timeZone && this.#zone !== this.timeZone) problems.push(this.#problem('time-zone', 'Europe/Paris, UTC, …', this.timeZone, 'UTC', `time-zone: "${this.timeZone}" is not an IANA time zone; UTC used instead`));
    return problems;
  }

  #describe(problem: KpiProblem): string {
    const used = usedInstead.get(problem);
    const sentence = describeProblem(problem, this.strings);
    return used && used !== 'auto' ? `${sentence}; ${HEATMAP_STRINGS[this.locale].fallback(used)}` : sentence;
  }

  /** The cells drawn, or undefined before data (or when the data cannot be drawn). */
  get result(): ByGroupsResult | undefined {
    const doc = this.input.value;
    const drawn = doc ? this.#compute(doc) : undefined;
    return drawn instanceof Error ? undefined : drawn?.result;
  }

  get #higherIsBetter(): boolean {
    return !(this.#metric === 'ces' && this.lowerIsEasier);
  }

  #compute(doc: KpiDocument): Drawn | Error {
    const { rows, columns } = this.#dimensions;
    const key = [this.#metric, rows, columns, this.#interval, this.#zone, this.minN, this.scale, this.lowerIsEasier, this.target].join('|');
    if (this.#memo?.doc === doc && this.#memo.key === key) return this.#memo.drawn;
    let drawn: Drawn | Error;
    try {
      const metric = this.#metric;
      const result = byGroups(doc, metric, {
        rows,
        columns,
        interval: this.#interval,
        timeZone: this.#zone,
        higherIsEasier: !this.lowerIsEasier,
        ...(this.scale ? { scale: this.scale } : {}),
      });
      const figures = result.cells.map((c) => figureOf(metric, c));
      const centre = this.target ?? (metric === 'nps' ? 0 : metric === 'csat' ? 50 : (1 + (this.scale ?? 7)) / 2);
      const layout = heatmapLayout(
        figures.map((f, i) => ({ value: f.value, n: result.cells[i]!.n })),
        { centre, minN: this.minN, higherIsBetter: this.#higherIsBetter },
      );
      drawn = { result, figures, layout, centre };
    } catch (error) {
      drawn = error as Error;
    }
    this.#memo = { key, doc, drawn };
    return drawn;
  }

  protected override isEmpty(doc: KpiDocument): boolean {
    const drawn = this.#compute(doc);
    return !(drawn instanceof Error) && drawn.result.cells.every((c) => c.n === 0);
  }

  protected override heading(): string {
    const s = HEATMAP_STRINGS[this.locale];
    const { rows, columns } = this.#dimensions;
    return s.title(s.metric[this.#metric], s.dimension[rows], s.dimension[columns]);
  }

  protected override updated(): void {
    for (const problem of this.attributeProblems) {
      if (this.#said.has(problem.reason)) continue;
      this.#said.add(problem.reason);
      emit<KpiErrorDetail>(this, 'kpi-error', { ...problem, message: this.#describe(problem) });
    }
    if (this.#moveFocus) {
      this.#moveFocus = false;
      (this.renderRoot.querySelector('td[tabindex="0"]') as HTMLElement | null)?.focus();
    }
    if (this.status !== 'ready') return;
    const doc = this.input.value;
    const drawn = doc ? this.#compute(doc) : undefined;
    if (!drawn || drawn instanceof Error) return;
    drawn.result.cells.forEach((cell, i) => {
      if (cell.n >= this.minN) this.watchThreshold(drawn.figures[i]!.value, `${cell.row}|${cell.column}`);
    });
  }

  // ---- formatting ----

  #value(v: number): string {
    const lang = this.locale;
    const metric = this.#metric;
    return metric === 'nps' ? formatSigned(v, lang, 0) : metric === 'csat' ? formatPercent(v, lang, 0) : formatNumber(v, lang, fixedDigits(1));
  }

  #date(start: string, options: Intl.DateTimeFormatOptions): string {
    return formatDay(start, this.locale, options);
  }

  /** A key as read: a period's name ("May 2026", "week of 4 May 2026", "Q2 2026"), `(none)` for answers without one. */
  #name(key: string, dimension: Dimension): string {
    const s = HEATMAP_STRINGS[this.locale];
    if (key === '') return s.noGroup;
    // Labels from the data: bidi controls and invisible characters shown, as in every element (README, Hostile input).
    if (dimension !== 'period') return displayText(key);
    const p = parsePeriod(key);
    if (!p) return key;
    if (p.interval === 'quarter') return s.quarter(Number(key.slice(-1)), Number(key.slice(0, 4)));
    const day = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);
    if (p.interval === 'month') return this.#date(`${key}-01`, { month: 'short', year: 'numeric' });
    const date = this.#date(day(p.index), { day: 'numeric', month: 'short', year: 'numeric' });
    return p.interval === 'week' ? s.weekOf(date) : date;
  }

  // ---- sorting and the keyboard ----

  #order(sort: Sort, keys: string[], valueOf: (keyIndex: number, by: number) => number | null, other: string[]): number[] {
    if (sort.by === 'data') return keys.map((_, i) => i);
    if (sort.by === 'name') {
      const order = keys.map((_, i) => i).sort((a, b) => keys[a]!.localeCompare(keys[b]!, this.locale, { numeric: true }));
      return sort.direction === 'ascending' ? order : order.reverse();
    }
    const by = other.indexOf(sort.key);
    if (by < 0) return keys.map((_, i) => i);
    return sortedOrder(keys.length, (i) => valueOf(i, by), sort.direction);
  }

  /** Rows by a column's scores: descending first, then ascending; by name: ascending, then descending. */
  #sortRows(sort: Sort): void {
    this.#rowSort = next(this.#rowSort, sort);
    if (sort.by === 'name') this.#columnSort = { by: 'data' };
    this.requestUpdate();
  }

  #sortColumns(sort: Sort): void {
    this.#columnSort = next(this.#columnSort, sort);
    this.requestUpdate();
  }

  #onKey(event: KeyboardEvent, rowKeys: string[], columnKeys: string[]): void {
    const cell = (event.target as HTMLElement).closest('td');
    if (!cell || !this.#focus) return;
    let i = rowKeys.indexOf(this.#focus.row);
    let j = columnKeys.indexOf(this.#focus.column);
    const [last, lastColumn] = [rowKeys.length - 1, columnKeys.length - 1];
    switch (event.key) {
      case 'ArrowUp':
        i = Math.max(0, i - 1);
        break;
      case 'ArrowDown':
        i = Math.min(last, i + 1);
        break;
      case 'ArrowLeft':
        j = Math.max(0, j - 1);
        break;
      case 'ArrowRight':
        j = Math.min(lastColumn, j + 1);
        break;
      case 'Home':
        j = 0;
        if (event.ctrlKey) i = 0;
        break;
      case 'End':
        j = lastColumn;
        if (event.ctrlKey) i = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.#focus = { row: rowKeys[i]!, column: columnKeys[j]! };
    this.#moveFocus = true;
    this.requestUpdate();
  }

  // ---- rendering ----

  protected override renderData(doc: KpiDocument): TemplateResult {
    const drawn = this.#compute(doc);
    if (drawn instanceof Error) throw drawn;
    const s = HEATMAP_STRINGS[this.locale];
    const lang = this.locale;
    const { result, figures, layout } = drawn;
    const { rows: rowDim, columns: columnDim } = this.#dimensions;
    const width = result.columns.length;
    const at = (i: number, j: number) => i * width + j;
    const rowOrder = this.#order(this.#rowSort, result.rows, (i, j) => ranked(at(i, j)), result.columns);
    const columnOrder = this.#order(this.#columnSort, result.columns, (j, i) => ranked(at(i, j)), result.rows);
    function ranked(index: number): number | null {
      return layout.tones[index] === null ? null : figures[index]!.value;
    }
    const rowKeys = rowOrder.map((i) => result.rows[i]!);
    const columnKeys = columnOrder.map((j) => result.columns[j]!);
    if (!this.#focus || !rowKeys.includes(this.#focus.row) || !columnKeys.includes(this.#focus.column)) this.#focus = { row: rowKeys[0]!, column: columnKeys[0]! };
    const metricName = s.metric[this.#metric];
    const rowName = s.dimension[rowDim];
    const columnName = s.dimension[columnDim];
    const ariaSort = (sort: Sort, key: string | null) =>
      sort.by === 'score' && sort.key === key ? sort.direction : sort.by === 'name' && key === null ? sort.direction : nothing;
    const arrow = (sort: Sort, key: string | null) => {
      const d = ariaSort(sort, key);
      return d === nothing ? '↕' : d === 'ascending' ? '↑' : '↓';
    };

    const cellOf = (i: number, j: number) => {
      const index = at(i, j);
      const cell = result.cells[index]!;
      const f = figures[index]!;
      const tone = layout.tones[index]!;
      const rowLabel = this.#name(cell.row, rowDim);
      const columnLabel = this.#name(cell.column, columnDim);
      const focused = this.#focus!.row === cell.row && this.#focus!.column === cell.column;
      const n = formatNumber(cell.n, lang);
      const min = formatNumber(this.minN, lang);
      let label: string;
      let score: string;
      let count: string;
      let cls: string;
      if (f.value === null) {
        cls = 'none';
        label = s.cellEmpty(rowLabel, columnLabel);
        [score, count] = ['—', s.noAnswer];
      } else if (tone === null) {
        cls = 'thin';
        score = this.#value(f.value);
        label = s.cellThin(rowLabel, columnLabel, metricName, score, n, min);
        count = s.thin(n, min);
      } else {
        cls = toneClass(tone);
        score = this.#value(f.value);
        label = s.cell(rowLabel, columnLabel, metricName, score, n, f.lo === null ? null : this.#value(f.lo), f.hi === null ? null : this.#value(f.hi));
        count = s.n(n);
      }
      // One template per cell, no listener of its own (the table's focusin says which cell): 80 cells in a frame.
      return html`<td part="cell" class=${cls} tabindex=${focused ? 0 : -1} aria-label=${label}><span class="score">${score}</span> <span class="count">${count}</span></td>`;
    };
    const onFocus = (event: FocusEvent) => {
      const td = (event.target as HTMLElement).closest?.('td');
      const tr = td?.parentElement as HTMLTableRowElement | undefined;
      if (td && tr) this.#focus = { row: rowKeys[tr.sectionRowIndex]!, column: columnKeys[td.cellIndex - 1]! };
    };

    return html`
      <p class="caption" aria-hidden="true">${s.caption(metricName, rowName, columnName)}</p>
      <div class="scroll">
        <table part="table" @keydown=${(e: KeyboardEvent) => this.#onKey(e, rowKeys, columnKeys)} @focusin=${onFocus}>
          <caption class="visually-hidden">${s.caption(metricName, rowName, columnName)}</caption>
          <thead>
            <tr>
              <th scope="col" class="corner" aria-sort=${ariaSort(this.#rowSort, null)}>
                <button type="button" aria-label=${`${rowName} \\ ${columnName} — ${s.sortByName(rowName)}`} @click=${() => this.#sortRows({ by: 'name', direction: 'ascending' })}>
                  <span>${rowName} \\ ${columnName}</span><span class="arrow" aria-hidden="true">${arrow(this.#rowSort, null)}</span>
                </button>
              </th>
              ${columnOrder.map((j) => {
                const key = result.columns[j]!;
                const name = this.#name(key, columnDim);
                return html`<th scope="col" aria-sort=${ariaSort(this.#rowSort, key)}>
                  <button type="button" aria-label=${`${name} — ${s.sortByScore(name)}`} @click=${() => this.#sortRows({ by: 'score', key, direction: 'descending' })}>
                    <span>${name}</span><span class="arrow" aria-hidden="true">${arrow(this.#rowSort, key)}</span>
                  </button>
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${rowOrder.map((i) => {
              const key = result.rows[i]!;
              const name = this.#name(key, rowDim);
              return html`<tr>
                <th scope="row" aria-sort=${ariaSort(this.#columnSort, key)}>
                  <button type="button" aria-label=${`${name} — ${s.sortByScore(name)}`} @click=${() => this.#sortColumns({ by: 'score', key, direction: 'descending' })}>
                    <span>${name}</span><span class="arrow" aria-hidden="true">${arrow(this.#columnSort, key)}</span>
                  </button>
                </th>
                ${columnOrder.map((j) => cellOf(i, j))}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${this.#legend(drawn)}
      <p class="summary" part="summary">${this.summary}</p>
      ${this.#notes(drawn)}
    `;
  }

  #legend(drawn: Drawn): TemplateResult {
    const s = HEATMAP_STRINGS[this.locale];
    return html`<ul class="legend" aria-hidden="true">
      <li>${s.worse}</li>
      ${['b5', 'b3', 'b1', 'c0', 'g1', 'g3', 'g5'].map((c) => html`<li><span class="swatch ${c}"></span></li>`)}
      <li>${s.better}</li>
      ${drawn.layout.thin ? html`<li class="key-thin"><span class="swatch thin"></span> n < ${formatNumber(this.minN, this.locale)}</li>` : nothing}
    </ul>`;
  }

  #notes(drawn: Drawn): TemplateResult | typeof nothing {
    const s = HEATMAP_STRINGS[this.locale];
    const lang = this.locale;
    const notes = [
      s.centre(this.#value(drawn.centre), this.target !== null),
      drawn.layout.thin ? s.thinCount(drawn.layout.thin, formatNumber(this.minN, lang)) : null,
      this.#metric === 'ces' && this.lowerIsEasier ? s.lowerIsEasier : null,
      drawn.result.undated > 0 ? s.undated(formatNumber(drawn.result.undated, lang)) : null,
      ...this.attributeProblems.map((p) => this.#describe(p)),
    ].filter((n): n is string => n !== null);
    return html`<p class="notes" part="notes">${notes.join(' ')}</p>`;
  }

  /** "Worst: phone × after-sale, NPS −12 (n = 84); best: chat × purchase, +61 (n = 140)." */
  get summary(): string {
    const doc = this.input.value;
    const drawn = doc ? this.#compute(doc) : undefined;
    if (!drawn || drawn instanceof Error) return '';
    const s = HEATMAP_STRINGS[this.locale];
    const { rows, columns } = this.#dimensions;
    const { ranked } = drawn.layout;
    const say = (index: number, metric: boolean) => {
      const cell = drawn.result.cells[index]!;
      return s.extreme(this.#name(cell.row, rows), this.#name(cell.column, columns), metric ? s.metric[this.#metric] : null, this.#value(drawn.figures[index]!.value!), formatNumber(cell.n, this.locale));
    };
    if (ranked.length === 0) return s.none(formatNumber(this.minN, this.locale));
    if (ranked.length === 1) return s.one(say(ranked[0]!, true));
    return s.summary(say(ranked[0]!, true), say(ranked.at(-1)!, false));
  }
}

/** The default each attribute problem falls back to. */
const usedInstead = new WeakMap<KpiProblem, string>();

/** Clicking the sort in force again turns its direction round; another sort starts from its own first direction. */
function next(current: Sort, asked: Sort): Sort {
  if (asked.by === 'data') return asked;
  const same = current.by === asked.by && (asked.by === 'name' || (current.by === 'score' && current.key === (asked as { key: string }).key));
  if (!same) return asked;
  const direction = (current as { direction: Direction }).direction === 'ascending' ? 'descending' : 'ascending';
  return { ...asked, direction } as Sort;
}
