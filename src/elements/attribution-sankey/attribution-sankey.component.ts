import { displayText } from '../../i18n/display-text.js';
import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  CHAR_PX,
  columnXs,
  fitHeadings,
  HEADING_HEIGHT,
  labelMode,
  nextNode,
  pathsThrough,
  sankeyFrame,
  sankeyHeight,
  sankeyLayout,
  spreadLabels,
  tintLevel,
  TINT_LEVELS,
  type SankeyLayout,
  type SankeyLink,
  type SankeyNode,
} from '../../charts/sankey.js';
import { truncate } from '../../charts/text.js';
import { ATTRIBUTION_MODELS, attributeNormalized, type AttributionModel } from '../../engine/attribution/attribute.js';
import { compareModels, type ModelComparison } from '../../engine/attribution/compare.js';
import { normalizeJourneys, type Journeys } from '../../engine/attribution/journeys.js';
import { markovOf, type RemovalEffect } from '../../engine/attribution/markov.js';
import type { AttributionRow } from '../../engine/attribution/result.js';
import { journeyGraphNormalized, type JourneyGraph } from '../../engine/journey-graph.js';
import { KpiDocumentSchema, type KpiDocument } from '../../engine/schemas.js';
import { emit } from '../../data/events.js';
import { describeProblem } from '../../data/describe.js';
import type { KpiProblem } from '../../data/problem.js';
import { columnDigits, fixedDigits, formatCurrency, formatNumber, formatPercent, isCurrency } from '../../i18n/format.js';
import { channelClass, channelClassStyles, channelSlots } from '../../theme/channel-palette.js';
import { KpiElement } from '../shared/kpi-element.js';
import { SizeController } from '../shared/size-controller.js';
import { ATTRIBUTION_SANKEY_STRINGS, type AttributionSankeyStrings } from './attribution-sankey.strings.js';
import { attributionSankeyStyles } from './attribution-sankey.styles.js';

export type AttributionView = 'attribution' | 'compare';

/** Where the models disagree: a channel whose shares across models span at least this many points. */
export const DISAGREEMENT_POINTS = 10;

/** Number formats, as constants: `formatNumber` caches its formatter per options object. */
const DIGITS: Record<number, Intl.NumberFormatOptions> = { 1: { maximumFractionDigits: 1 }, 2: { maximumFractionDigits: 2 } };
/** Percentages with a fixed number of fraction digits (one rule per column). */
const PERCENT: Intl.NumberFormatOptions[] = [0, 1, 2].map((d) => ({ style: 'percent', ...fixedDigits(d) }));

/** Line height of the in-chart labels (11 px text). */
const LABEL_LINE = 13;

/**
 * The three most frequent paths. The engine merges rows on the same path, except
 * rows with their own touch times: only then are paths merged here by their channels.
 */
function topPaths(journeys: Journeys): Array<[string[], number]> {
  let paths: Array<[number[], number]> = journeys.paths.map((p) => [p.touches, p.conversions + p.nulls]);
  if (journeys.paths.some((p) => typeof p.ages !== 'string')) {
    const merged = new Map<string, [number[], number]>();
    for (const [touches, n] of paths) {
      const entry = merged.get(touches.join());
      if (entry) entry[1] += n;
      else merged.set(touches.join(), [touches, n]);
    }
    paths = [...merged.values()];
  }
  const top: Array<[number[], number]> = [];
  for (const p of paths) {
    if (p[1] === 0 || (top.length === 3 && p[1] <= top[2]![1])) continue;
    top.push(p);
    top.sort((a, b) => b[1] - a[1]);
    if (top.length > 3) top.pop();
  }
  return top.map(([touches, n]) => [touches.map((c) => journeys.channels[c]!), n]);
}

/** Onward links listed in a node's tooltip, largest first. */
const MAX_ONWARD = 4;

/** What the pointer or the keyboard is on. */
type Active = { node: string } | { link: number };

interface Prepared {
  journeys: Journeys;
  graph: JourneyGraph;
}

/**
 * Customer journeys as a Sankey: step-indexed channel nodes (`email · 1`,
 * `search · 2`) flowing to *conversion* or *no conversion*, drawn from
 * `journeyGraph` with d3-sankey. Each channel keeps its colour of the kit's
 * shared palette (`--kpi-color-channel-1…10`: email is the same colour in
 * every element); links are tinted by the share of their journeys that end in
 * conversion, in five steps from the track colour to the conversion colour,
 * with a legend saying so; columns are headed "1st touch" … "Outcome", and
 * nodes are stacked by conversions, so converting flows run along the top into
 * the conversion node. The height follows the node count and the width.
 * Where the room between two columns holds fewer than 8 characters (or would
 * make two names alike), the names leave the chart for a legend with swatches
 * under it. Beside it (below it under 600 px), each
 * channel's attributed conversions, value and share under `model`, with a
 * model switcher; Markov adds each channel's removal effect. `view="compare"`
 * shows every model's share per channel side by side, with the spread between
 * the highest and lowest model and the words "models disagree" where it
 * reaches 10 points. Reads `journeys` from its input.
 *
 * Hovering or focusing a node or a link shows its journeys, conversions and
 * value and lights up the paths through it. The nodes are one tab stop: arrow
 * keys move up and down a column and left and right across steps, Home and
 * End go to the first and last node.
 *
 * @summary Journey Sankey with per-channel attribution under seven models, and their comparison.
 *
 * @csspart base - The card around the element.
 * @csspart title - The heading.
 * @csspart chart - The Sankey (its drawing is one image for assistive technology, its nodes a group of focusable steps).
 * @csspart tooltip - The figures of the hovered or focused node or link.
 * @csspart attribution - The panel beside the Sankey: model switcher and attributed conversions, or the comparison.
 * @csspart model - The model switcher (a native `<select>`).
 * @csspart compare - The comparison table of `view="compare"` (its first column stays in view when it scrolls sideways, with a shadow at the edge that hides columns).
 * @csspart legend - The legends under the Sankey: link tint, and channel swatches when the names leave the chart.
 * @csspart error - The error message (whole element, or a failed refresh over the last good data).
 * @csspart empty - The "no journeys yet" message.
 * @csspart loading - The skeleton shown while `src` loads.
 *
 * @cssprop --kpi-color-text - Text, labels, focus ring.
 * @cssprop --kpi-color-muted - Secondary text, `other` nodes, no-conversion node.
 * @cssprop --kpi-color-surface - Card and tooltip background.
 * @cssprop --kpi-color-border - Card border, tooltip border, table rules.
 * @cssprop --kpi-color-track - Links where no journey converts (the neutral end of the link tint), and the track of the share bars.
 * @cssprop --kpi-color-accent - Focus ring of the comparison table and the switcher.
 * @cssprop --kpi-color-promoter - The conversion node, and links where every journey converts (the other end of the tint).
 * @cssprop --kpi-color-channel-1 - Channel colour 1 (email's), on its nodes, share bar and legend swatch.
 * @cssprop --kpi-color-channel-2 - Channel colour 2 (social's).
 * @cssprop --kpi-color-channel-3 - Channel colour 3 (search's).
 * @cssprop --kpi-color-channel-4 - Channel colour 4 (display's).
 * @cssprop --kpi-color-channel-5 - Channel colour 5 (direct's).
 * @cssprop --kpi-color-channel-6 - Channel colour 6 (affiliate's).
 * @cssprop --kpi-color-channel-7 - Channel colour 7 (chat's).
 * @cssprop --kpi-color-channel-8 - Channel colour 8 (phone's).
 * @cssprop --kpi-color-channel-9 - Channel colour 9 (store's).
 * @cssprop --kpi-color-channel-10 - Channel colour 10 (app's); channels the kit does not know take the free colours in name order.
 * @cssprop --kpi-color-error - Error text.
 * @cssprop --kpi-color-error-surface - Error background.
 * @cssprop --kpi-color-skeleton - The loading skeleton.
 * @cssprop --kpi-font-family - Font.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-spacing - Inner padding.
 *
 * @fires change - The reader picked another model with the switcher; `model` (and its attribute) already hold it.
 * @fires kpi-data - New valid input was rendered; `detail: { data, source }`.
 * @fires kpi-error - The input is invalid or `src` failed; `detail` names the `field` (`journeys[1].conversions`), the `code` and a localized `message`. Also for a `currency` that is no ISO 4217 code (`field: "currency"`, `code: "value"`; EUR is used).
 */
export class KpiAttributionSankey extends KpiElement<KpiDocument> {
  static override styles = [...KpiElement.styles, channelClassStyles, attributionSankeyStyles];

  static override properties: PropertyDeclarations = {
    ...KpiElement.properties,
    model: { type: String, reflect: true },
    view: { type: String },
    maxSteps: { type: Number, attribute: 'max-steps' },
    minShare: { type: Number, attribute: 'min-share' },
    currency: { type: String },
    active: { state: true, attribute: false },
    focusId: { state: true, attribute: false },
  };

  /** Attribution model: `first-touch`, `last-touch` (default), `linear`, `position-based`, `time-decay` (needs touch times), `markov` or `shapley`. Reflected: the switcher sets it. */
  declare model: AttributionModel;
  /** `attribution` (default): one model's figures and the switcher; `compare`: every model's share per channel side by side. */
  declare view: AttributionView;
  /** Touches after this step fold into the node of this step. Default 5. */
  declare maxSteps: number;
  /** Links carrying less than this share of all journeys (0–1) go through their step's `other` node. Default 0.01. */
  declare minShare: number;
  /** ISO 4217 code of the journeys' `value` (`EUR`, `USD`…), written with Intl's currency format. Default `EUR`; a code Intl does not know fires `kpi-error` and EUR is used. */
  declare currency: string;
  /** @internal The node or link under the pointer or the keyboard. */
  protected declare active: Active | null;
  /** @internal The node holding the tab stop. */
  protected declare focusId: string | null;

  readonly #size = new SizeController(this, 480);
  /** What depends on the input only, computed once for it: the journeys, each model's rows, the graph per options… */
  #memo: { doc?: KpiDocument; values: Map<string, unknown> } = { values: new Map() };
  /** The input whose visually hidden tables are drawn (they follow the chart by one task: see renderData). */
  #tablesFor: KpiDocument | undefined;
  #laid:
    | { prepared: Prepared; width: number; mode: { mode: 'labels' | 'legend'; maxChars: number }; layoutLang: string; layout: SankeyLayout; byId: Map<string, SankeyNode>; outgoing: Map<string, SankeyLink[]>; labels?: Map<string, string>; lang?: string }
    | undefined;

  constructor() {
    super();
    this.model = 'last-touch';
    this.view = 'attribution';
    this.maxSteps = 5;
    this.minShare = 0.01;
    this.currency = 'EUR';
    this.active = null;
    this.focusId = null;
  }

  protected override schema() {
    return KpiDocumentSchema;
  }

  get #s(): AttributionSankeyStrings {
    return ATTRIBUTION_SANKEY_STRINGS[this.locale];
  }

  get #safeModel(): AttributionModel {
    return (ATTRIBUTION_MODELS as readonly string[]).includes(this.model) ? this.model : 'last-touch';
  }

  /** The currency in use: `currency` if Intl knows it, else EUR. */
  get #safeCurrency(): string {
    const code = String(this.currency ?? '');
    return code && isCurrency(code) ? code.toUpperCase() : 'EUR';
  }

  protected override willUpdate(changed?: Map<PropertyKey, unknown>): void {
    super.willUpdate();
    if (changed?.has('currency')) {
      const code = String(this.currency ?? '');
      if (!isCurrency(code)) {
        const problem: KpiProblem = {
          source: 'data',
          field: 'currency',
          code: 'value',
          expected: 'EUR, USD, GBP, JPY… (ISO 4217)',
          received: code,
          reason: `currency: ${JSON.stringify(code)} is no ISO 4217 currency code; EUR is used`,
        };
        emit(this, 'kpi-error', { ...problem, message: describeProblem(problem, this.strings) });
      }
    }
  }

  get #safeView(): AttributionView {
    return this.view === 'compare' ? 'compare' : 'attribution';
  }

  #once<V>(doc: KpiDocument, key: string, compute: () => V): V {
    if (this.#memo.doc !== doc) this.#memo = { doc, values: new Map() };
    const values = this.#memo.values;
    if (!values.has(key)) values.set(key, compute());
    return values.get(key) as V;
  }

  #journeys(doc: KpiDocument): Journeys {
    return this.#once(doc, 'journeys', () => normalizeJourneys(doc));
  }

  #prepare(doc: KpiDocument): Prepared {
    const maxSteps = Number.isInteger(this.maxSteps) && this.maxSteps >= 1 ? this.maxSteps : 5;
    const minShare = this.minShare >= 0 && this.minShare <= 1 ? this.minShare : 0.01;
    return this.#once(doc, `graph ${maxSteps} ${minShare}`, () => {
      const journeys = this.#journeys(doc);
      return { journeys, graph: journeyGraphNormalized(journeys, { maxSteps, minShare }) };
    });
  }

  /** The model's rows, or the engine's reason for refusing it (time-decay without touch times). */
  #attribution(doc: KpiDocument, model: AttributionModel): AttributionRow[] | Error {
    return this.#once(doc, model, () => {
      try {
        return attributeNormalized(this.#journeys(doc), { model });
      } catch (error) {
        return error as Error;
      }
    });
  }

  #comparison(doc: KpiDocument): ModelComparison {
    return this.#once(doc, 'compare', () => compareModels(doc));
  }

  #removalEffects(doc: KpiDocument): RemovalEffect[] {
    return this.#once(doc, 'removal', () => markovOf(this.#journeys(doc)).removalEffects);
  }

  /** The attributed rows under `model` as drawn (most conversions first); empty when the model cannot run. */
  get rows(): AttributionRow[] {
    const doc = this.input.value;
    if (!doc) return [];
    const rows = this.#attribution(doc, this.#safeModel);
    return rows instanceof Error ? [] : this.#sorted(rows);
  }

  #sorted(rows: AttributionRow[]): AttributionRow[] {
    return [...rows].sort((a, b) => b.conversions - a.conversions || a.channel.localeCompare(b.channel, this.locale));
  }

  protected override isEmpty(doc: KpiDocument): boolean {
    try {
      const j = this.#journeys(doc);
      return j.conversions + j.nulls === 0;
    } catch {
      return false; // the engine's complaint is shown as an error
    }
  }

  protected override heading(): string {
    return this.#s.title;
  }

  protected override emptyMessage(): string {
    return this.#s.empty;
  }

  protected override updated(): void {
    // A zero-height box: its size follows the card's width only, not the layout drawn for it
    // (which gets taller when it stacks), so a re-layout never re-triggers the observer.
    this.#size.settle(this.renderRoot.querySelector('.sizer'));
  }

  #layoutFor(prepared: Prepared, width: number): SankeyLayout {
    if (this.#laid?.prepared === prepared && this.#laid.width === width && this.#laid.layoutLang === this.locale) return this.#laid.layout;
    // Names beside their nodes, or in a legend: decided on the layout without the ends' labels' room.
    const mode = this.#labelMode(prepared, width);
    // With names in the chart, the ends' labels get room on the right of their nodes.
    const right = mode.mode === 'labels' ? this.#endsRoom() : 0;
    const height = HEADING_HEIGHT + sankeyHeight(prepared.graph, { width });
    const layout = sankeyLayout(prepared.graph, { width: width - right, height, top: HEADING_HEIGHT });
    layout.width = width;
    const outgoing = new Map<string, SankeyLink[]>();
    for (const l of layout.links) (outgoing.get(l.source) ?? outgoing.set(l.source, []).get(l.source)!).push(l);
    for (const list of outgoing.values()) list.sort((a, b) => b.value - a.value);
    this.#laid = { prepared, width, mode, layoutLang: this.locale, layout, byId: new Map(layout.nodes.map((n) => [n.id, n])), outgoing };
    return layout;
  }

  /** Room kept right of the ends for their labels ("no conversion") when names are in the chart. */
  #endsRoom(): number {
    const s = this.#s;
    return Math.ceil(Math.max([...s.conversion].length, [...s.noConversion].length) * CHAR_PX) + 8;
  }

  /** Names beside the nodes or in a legend, for the graph at this width (see `labelMode`). */
  #labelMode(prepared: Prepared, width: number): { mode: 'labels' | 'legend'; maxChars: number } {
    const { nodes } = prepared.graph;
    // Columns: one per step, the ends one step after the deepest channel.
    const columns = Math.max(1, ...nodes.map((n) => n.step));
    const names = nodes.filter((n) => n.kind === 'channel' || n.kind === 'other').map((n) => (n.kind === 'other' ? this.#s.other : displayText(n.channel!)));
    const spacing = columns > 1 ? (width - this.#endsRoom() - 10) / (columns - 1) : width;
    return labelMode(names, spacing - 10 - 8);
  }

  /** Palette slot of each channel of the input (the same channel keeps its colour in every element). */
  #slots(journeys: Journeys): Map<string, number> {
    return this.#once(this.input.value!, 'slots', () => channelSlots(journeys.channels));
  }

  /** A value in the input's currency, with `digits` fraction digits (one rule per column). */
  #money(value: number, digits?: number): string {
    return formatCurrency(value, this.locale, this.#safeCurrency, digits);
  }

  /** A share (0–1) as a percentage with `digits` fraction digits. */
  #share(share: number, digits: number): string {
    return formatNumber(share, this.locale, PERCENT[Math.max(0, Math.min(2, digits))]);
  }

  #fmt(value: number, digits: 1 | 2 = 2): string {
    return formatNumber(value, this.locale, DIGITS[digits]);
  }

  #pct(share: number): string {
    return formatPercent(share * 100, this.locale);
  }

  #nodeLabel(node: Pick<SankeyNode, 'kind' | 'channel' | 'step'>, maxChars = Infinity): string {
    const s = this.#s;
    if (node.kind === 'conversion') return s.conversion;
    if (node.kind === 'no-conversion') return s.noConversion;
    const step = this.#fmt(node.step);
    const name = node.kind === 'other' ? s.other : displayText(node.channel!);
    const room = Math.max(3, maxChars - step.length - 3);
    return s.node(truncate(name, room), step);
  }

  #figures(journeys: number, conversions: number, value: number, withValue: boolean): string {
    const s = this.#s;
    const parts = [s.journeys(journeys, this.#fmt(journeys)), s.conversions(conversions, this.#fmt(conversions))];
    if (withValue) parts.push(s.value(this.#money(value, columnDigits([value], 2))));
    return parts.join(', ');
  }

  /** The tooltip's lines (and, joined, the focusable node's accessible name). */
  /** Each node's full label (`email · 2`), once per layout and language. */
  #labels(): Map<string, string> {
    const laid = this.#laid!;
    if (!laid.labels || laid.lang !== this.locale) {
      laid.labels = new Map(laid.layout.nodes.map((n) => [n.id, this.#nodeLabel(n)]));
      laid.lang = this.locale;
    }
    return laid.labels;
  }

  #nodeLines(node: SankeyNode, withValue: boolean): string[] {
    const { outgoing } = this.#laid!;
    const labels = this.#labels();
    const lines = [labels.get(node.id)!, this.#figures(node.value, node.conversions, node.conversionValue, withValue)];
    const next = outgoing.get(node.id) ?? [];
    // The largest onward links; the hidden links table has them all.
    for (const l of next.slice(0, MAX_ONWARD)) lines.push(this.#s.onward(labels.get(l.target)!, this.#figures(l.value, l.conversions, l.conversionValue, false)));
    if (next.length > MAX_ONWARD) lines.push(this.#s.moreLinks(next.length - MAX_ONWARD));
    return lines;
  }

  #linkLines(link: SankeyLink, withValue: boolean): string[] {
    const labels = this.#labels();
    return [this.#s.link(labels.get(link.source)!, labels.get(link.target)!), this.#figures(link.value, link.conversions, link.conversionValue, withValue)];
  }

  /** "Customer journeys and attribution: 14 journeys, 4 conversions, conversion rate 28.6%; top paths: …; top channel under last touch: …". */
  get summary(): string {
    const doc = this.input.value;
    if (!doc) return this.#s.title;
    try {
      return this.#summarize(doc, this.#prepare(doc));
    } catch {
      return this.#s.title;
    }
  }

  #summarize(doc: KpiDocument, { journeys }: Prepared): string {
    const s = this.#s;
    const total = journeys.conversions + journeys.nulls;
    const head = [s.journeys(total, this.#fmt(total)), s.conversions(journeys.conversions, this.#fmt(journeys.conversions)), s.rate(this.#pct(total > 0 ? journeys.conversions / total : 0))].join(', ');
    const parts = [`${s.title}: ${head}`];
    const top = this.#once(doc, 'top paths', () => topPaths(journeys));
    if (top.length > 0) parts.push(s.topPaths(top.map(([path, n]) => s.pathItem(path.join(' → '), s.journeys(n, this.#fmt(n)))).join(', ')));
    const rows = this.#attribution(doc, this.#safeModel);
    if (!(rows instanceof Error) && journeys.conversions > 0) {
      const best = this.#sorted(rows)[0];
      if (best) parts.push(s.topChannel(s.model[this.#safeModel], displayText(best.channel), s.conversions(best.conversions, this.#fmt(best.conversions)), this.#pct(best.share)));
    }
    return parts.join('; ');
  }

  #onModelChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value as AttributionModel;
    if (value === this.model) return;
    this.model = value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // One listener for every link (a large Sankey has thousands).
  #onLinkOver(event: PointerEvent) {
    const path = event.target as Element;
    // Links are drawn in the layout's order: a path's place among its siblings is its index.
    const i = [...(path.parentElement?.children ?? [])].indexOf(path);
    if (path.localName === 'path' && i >= 0) this.active = { link: i };
  }

  /** Leaving a node or a link for its tooltip keeps the tooltip (WCAG 1.4.13: it can be hovered). */
  #onLeave(event: PointerEvent) {
    const to = event.relatedTarget as Element | null;
    if (!to?.closest?.('.tooltip')) this.active = null;
  }

  /** Escape hides the tooltip wherever focus is (WCAG 1.4.13: it can be dismissed). */
  readonly #onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.active) this.active = null;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.#onEscape);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.#onEscape);
  }

  /** The node holding the tab stop: the last one focused, else the first node of the first step. */
  #tabStop(layout: SankeyLayout): string | undefined {
    return this.focusId && this.#laid?.byId.has(this.focusId) ? this.focusId : layout.columns[0]?.[0];
  }

  async #onKeydown(event: KeyboardEvent, layout: SankeyLayout) {
    const current = this.#tabStop(layout);
    if (!current) return;
    const next = nextNode(layout, current, event.key);
    if (next === null) return;
    event.preventDefault();
    this.focusId = next;
    this.active = { node: next };
    await this.updateComplete;
    const target = [...this.renderRoot.querySelectorAll<SVGRectElement>('.hit')].find((r) => r.dataset.id === next);
    target?.focus();
  }

  /**
   * The skeleton takes the room of a typical drawing (the stories' six channels over three steps):
   * the Sankey's height follows the width as the drawn one does (`sankeyHeight`: half the chart's
   * width, at least 180 px, plus headings and legend), the panel the height of six channels'
   * shares; side by side from 600 px, stacked under. The row count is not known before the data.
   */
  protected override renderLoading(): TemplateResult {
    return html`<div class="skeleton sankey-skeleton" part="loading" role="status">
      <span class="visually-hidden">${this.strings.loading}</span>
      <div class="sk-layout" aria-hidden="true">
        <span class="sk-chart"></span>
        <span class="sk-panel"></span>
      </div>
    </div>`;
  }

  protected override renderData(doc: KpiDocument): TemplateResult {
    // First render: only the box, measured in updated() before anything is drawn at a guessed width.
    if (!this.#size.ready) return html`<div class="sizer"></div>`;
    // New input: the visually hidden tables (one row per link: thousands of cells for a large
    // Sankey, most of the cost of a first frame) come in the next task, after the chart and its
    // summary; later renders (hover, model) keep them.
    if (this.#tablesFor !== doc) {
      setTimeout(() => {
        if (this.isConnected && this.input.value === doc && this.#tablesFor !== doc) {
          this.#tablesFor = doc;
          this.requestUpdate();
        }
      });
    }
    const prepared = this.#prepare(doc);
    const compare = this.#safeView === 'compare';
    const frame = sankeyFrame(this.#size.width);
    // The comparison table needs the whole width: it goes under the Sankey at any size.
    const stacked = frame.stacked || compare;
    const layout = this.#layoutFor(prepared, stacked ? this.#size.width : frame.chartWidth);
    const withValue = prepared.journeys.value !== 0;
    return html`
      <div class="sizer"></div>
      <div class="layout ${stacked ? 'stacked' : 'wide'}">
        ${this.#renderSankey(layout, withValue, prepared.journeys)}
        <div class="panel" part="attribution">${compare ? this.#renderCompare(doc) : this.#renderAttribution(doc, withValue)}</div>
      </div>
      <div class="visually-hidden">${this.#tablesFor === doc ? html`${this.#renderLinksTable(layout, withValue)}${compare ? nothing : this.#renderAttributionTable(doc, withValue)}` : nothing}</div>
    `;
  }

  #renderSankey(layout: SankeyLayout, withValue: boolean, journeys: Journeys): TemplateResult {
    const s = this.#s;
    const { width, height } = layout;
    const active = this.active;
    const lit = active ? pathsThrough(layout, active) : null;
    const columns = layout.columns.length;
    const last = columns - 1;
    const { byId, mode } = this.#laid!;
    const labels = this.#labels();
    const slots = this.#slots(journeys);
    const stop = this.#tabStop(layout);
    const inChart = mode.mode === 'labels';
    // Where each label goes: names beside their nodes (pushed apart where nodes are thin), the ends' labels always.
    const labelY = new Map<string, number>();
    layout.columns.forEach((column, c) => {
      if (!inChart && c !== last) return;
      const ys = spreadLabels(column.map((id) => (byId.get(id)!.y0 + byId.get(id)!.y1) / 2), LABEL_LINE, HEADING_HEIGHT, height);
      column.forEach((id, i) => labelY.set(id, ys[i]!));
    });
    const xs = columnXs(layout);
    const headings = fitHeadings(
      xs,
      width,
      xs.map((_, i) => (i === last ? s.outcome : s.touch(i + 1))),
      xs.map((_, i) => (i === last ? s.outcome : s.touchShort(i + 1))),
    );
    let tip: { lines: string[]; x: number; y: number; side: 'right' | 'left' } | null = null;
    if (active && 'node' in active && byId.has(active.node)) {
      const n = byId.get(active.node)!;
      tip = { lines: this.#nodeLines(n, withValue), x: n.column === last ? n.x0 - 3 : n.x1 + 3, y: n.y0, side: n.column === last ? 'left' : 'right' };
    } else if (active && 'link' in active && layout.links[active.link]) {
      const l = layout.links[active.link]!;
      tip = { lines: this.#linkLines(l, withValue), x: (byId.get(l.source)!.x1 + byId.get(l.target)!.x0) / 2, y: (l.y0 + l.y1) / 2, side: 'right' };
    }
    const nodeClass = (n: SankeyNode) =>
      'node ' + n.kind + (n.kind === 'channel' ? ' ch-' + (slots.get(n.channel!) ?? 0) : '') + (lit ? (lit.nodes.has(n.id) ? ' lit' : ' dim') : '');
    const label = (n: SankeyNode) => {
      const y = labelY.get(n.id);
      if (y === undefined) return nothing;
      const full = labels.get(n.id)!;
      const end = n.column === last;
      // Beside its node the name is enough: the column heading says the step.
      const name = n.kind === 'conversion' ? s.conversion : n.kind === 'no-conversion' ? s.noConversion : n.kind === 'other' ? s.other : displayText(n.channel!);
      const shown = end ? name : truncate(name, mode.maxChars);
      const left = end && !inChart;
      return svg`<text class="label" x=${left ? n.x0 - 4 : n.x1 + 4} y=${y + 4} text-anchor=${left ? 'end' : 'start'}><title>${full}</title>${shown}</text>`;
    };
    return html`<div class="plot" part="chart">
      <svg class="chart" role="img" aria-label=${this.summary} width=${width} height=${height} viewBox="0 0 ${width} ${height}">
        <g class="headings">
          ${headings.texts.map((t, i) => svg`<text class="heading" x=${headings.x[i]} y="13" text-anchor=${headings.anchors[i]}>${t}</text>`)}
        </g>
        <g class="links" @pointerover=${this.#onLinkOver} @pointerleave=${this.#onLeave}>
          ${layout.links.map(
            (l) => svg`<path class=${'link t' + tintLevel(l.conversions, l.value) + (lit ? (lit.links.has(l.index) ? ' lit' : ' dim') : '')} d=${l.path}></path>`,
          )}
        </g>
        <g class="nodes">
          ${layout.nodes.map(
            (n) => svg`<g class=${nodeClass(n)}><rect x=${n.x0} y=${n.y0} width=${n.x1 - n.x0} height=${Math.max(1, n.y1 - n.y0)}></rect>${label(n)}</g>`,
          )}
        </g>
      </svg>
      <svg class="keys" role="group" aria-label=${s.nodes} width=${width} height=${height} viewBox="0 0 ${width} ${height}" @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, layout)}>
        ${layout.nodes.map(
          (n) => svg`<rect class="hit" data-id=${n.id} role="img" tabindex=${n.id === stop ? 0 : -1} aria-label=${n.id === stop ? this.#nodeLines(n, withValue).join('; ') : labels.get(n.id)!}
            x=${n.x0 - 3} y=${n.y0 - 3} width=${n.x1 - n.x0 + 6} height=${Math.max(1, n.y1 - n.y0) + 6} rx="3"
            @pointerenter=${() => (this.active = { node: n.id })} @pointerleave=${this.#onLeave}
            @focus=${() => {
              this.focusId = n.id;
              this.active = { node: n.id };
            }}
            @blur=${() => (this.active = null)}></rect>`,
        )}
        ${tip ? this.#renderTooltip(tip, width, height) : nothing}
      </svg>
      ${this.#renderLegend(layout, slots, inChart)}
    </div>`;
  }

  /** The link tint's key, and the channels' swatches when their names are not in the chart. */
  #renderLegend(layout: SankeyLayout, slots: Map<string, number>, inChart: boolean): TemplateResult {
    const s = this.#s;
    const pct = (i: number) => this.#share(i / (TINT_LEVELS - 1), 0);
    const channels: string[] = [];
    if (!inChart) {
      const seen = new Set<string>();
      // In the order of the first column that shows each channel (most converting first).
      for (const column of layout.columns)
        for (const id of column) {
          const n = this.#laid!.byId.get(id)!;
          const name = n.kind === 'channel' ? displayText(n.channel!) : n.kind === 'other' ? s.other : null;
          if (name !== null && !seen.has(name)) {
            seen.add(name);
            channels.push(name);
          }
        }
    }
    return html`<div class="legend" part="legend" aria-hidden="true">
      ${inChart
        ? nothing
        : html`<ul class="channels">
            ${channels.map(
              (name) => html`<li><span class="swatch ${name === s.other && !slots.has(name) ? 'ch-other' : channelClass(slots.get(name) ?? 0)}"></span><span class="channel-name">${name}</span></li>`,
            )}
          </ul>`}
      <div class="tint">
        <span class="tint-title">${s.tintLegend}</span>
        <span class="steps"
          >${pct(0)}${Array.from({ length: TINT_LEVELS }, (_, i) => html`<span class=${'step t' + i}></span>`)}${pct(TINT_LEVELS - 1)}</span
        >
      </div>
    </div>`;
  }

  #renderTooltip(tip: { lines: string[]; x: number; y: number; side: 'right' | 'left' }, width: number, height: number) {
    const lineHeight = 16;
    const w = Math.ceil(Math.max(...tip.lines.map((l) => [...l].length)) * 6.6 + 16);
    const h = tip.lines.length * lineHeight + 10;
    let x = tip.side === 'left' ? tip.x - w : tip.x;
    if (x + w > width) x = width - w;
    x = Math.max(0, x);
    const y = Math.max(0, Math.min(tip.y, height - h));
    return svg`<g class="tooltip" part="tooltip" aria-hidden="true" @pointerleave=${this.#onLeave} transform="translate(${Math.round(x)} ${Math.round(y)})">
      <rect width=${w} height=${h} rx="4"></rect>
      ${tip.lines.map((line, i) => svg`<text class=${i === 0 ? 'tip-title' : 'tip-line'} x="8" y=${(i + 1) * lineHeight}>${line}</text>`)}
    </g>`;
  }

  #renderAttribution(doc: KpiDocument, withValue: boolean): TemplateResult {
    const s = this.#s;
    const model = this.#safeModel;
    const rows = this.#attribution(doc, model);
    const timeless = this.#attribution(doc, 'time-decay') instanceof Error;
    return html`
      <div class="switcher">
        <label for="model">${s.modelLabel}</label>
        <select id="model" part="model" .value=${model} @change=${this.#onModelChange}>
          ${ATTRIBUTION_MODELS.map(
            (m) => html`<option value=${m} ?selected=${m === model} ?disabled=${m === 'time-decay' && timeless && m !== model}>
              ${s.model[m]}${m === 'time-decay' && timeless ? ' (' + s.needsTimes + ')' : ''}
            </option>`,
          )}
        </select>
      </div>
      <h3 class="panel-title">${s.attributionHeading(s.model[model])}</h3>
      ${rows instanceof Error
        ? html`<p class="notice" role="status">${s.unavailable(s.model[model], rows.message)}</p>`
        : html`${this.#renderShares(rows, withValue)}${model === 'markov' ? this.#renderRemoval(doc) : nothing}`}
    `;
  }

  /** One column rule for each figure of the list: shares, conversions, values. */
  #digits(rows: AttributionRow[]): { share: number; conversions: number; value: number } {
    return {
      share: columnDigits(rows.map((r) => r.share * 100), 1),
      conversions: columnDigits(rows.map((r) => r.conversions), 1),
      value: columnDigits(rows.map((r) => r.value), 2),
    };
  }

  #renderShares(rows: AttributionRow[], withValue: boolean): TemplateResult {
    const s = this.#s;
    const slots = this.#slots(this.#journeys(this.input.value!));
    const d = this.#digits(rows);
    return html`<ol class="shares" aria-hidden="true">
      ${this.#sorted(rows).map(
        (r) => html`<li>
          <span class="name" title=${displayText(r.channel)}><span class="swatch ${channelClass(slots.get(r.channel) ?? 0)}"></span>${truncate(displayText(r.channel), 28)}</span>
          <span class="share">${this.#share(r.share, d.share)}</span>
          <svg class="meter" viewBox="0 0 100 6" preserveAspectRatio="none" focusable="false">
            <rect class="track" width="100" height="6"></rect><rect class="fill ${channelClass(slots.get(r.channel) ?? 0)}" width=${Math.max(0, Math.min(100, r.share * 100))} height="6"></rect>
          </svg>
          <span class="figures">${s.conversions(r.conversions, formatNumber(r.conversions, this.locale, fixedDigits(d.conversions)))}${withValue ? ' · ' + s.value(this.#money(r.value, d.value)) : ''}</span>
        </li>`,
      )}
    </ol>`;
  }

  #renderRemoval(doc: KpiDocument): TemplateResult {
    const effects = [...this.#removalEffects(doc)].sort((a, b) => b.removalEffect - a.removalEffect);
    const d = columnDigits(effects.map((e) => e.removalEffect * 100), 1);
    return html`<div class="removal" aria-hidden="true">
      <h4>${this.#s.removalHeading}</h4>
      <ul>
        ${effects.map((e) => html`<li><span class="name" title=${displayText(e.channel)}>${truncate(displayText(e.channel), 28)}</span> <span class="share">${this.#share(e.removalEffect, d)}</span></li>`)}
      </ul>
    </div>`;
  }

  #renderCompare(doc: KpiDocument): TemplateResult {
    const s = this.#s;
    const { channels, results } = this.#comparison(doc);
    const rows = channels.map((channel, i) => {
      const shares = results.map((r) => r.rows[i]!.share);
      const spread = (Math.max(...shares) - Math.min(...shares)) * 100;
      return { channel, shares, spread };
    });
    rows.sort((a, b) => b.spread - a.spread || a.channel.localeCompare(b.channel, this.locale));
    // One rule per column: each model's shares, and the spreads.
    const digits = results.map((_, m) => columnDigits(rows.map((r) => r.shares[m]! * 100), 1));
    const spreadDigits = columnDigits(rows.map((r) => r.spread), 1);
    return html`
      <h3 class="panel-title" id="compare-title">${s.compareHeading}</h3>
      <div class="scroll" role="region" aria-labelledby="compare-title" tabindex="0">
        <table class="compare" part="compare">
          <thead>
            <tr>
              <th scope="col">${s.channel}</th>
              ${results.map((r) => html`<th scope="col">${s.model[r.model]}</th>`)}
              <th scope="col">${s.spread}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((r) => {
              const disagree = r.spread >= DISAGREEMENT_POINTS - 1e-9;
              return html`<tr class=${disagree ? 'disagree' : ''}>
                <th scope="row">${displayText(r.channel)}</th>
                ${r.shares.map((share, m) => html`<td>${this.#share(share, digits[m]!)}</td>`)}
                <td class="spread">${s.points(formatNumber(r.spread, this.locale, fixedDigits(spreadDigits)))}${disagree ? html` <strong>≠ ${s.disagree}</strong>` : nothing}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderLinksTable(layout: SankeyLayout, withValue: boolean): TemplateResult {
    const s = this.#s;
    const labels = this.#labels();
    const d = {
      conversions: columnDigits(layout.links.map((l) => l.conversions), 1),
      value: columnDigits(layout.links.map((l) => l.conversionValue), 2),
    };
    const conv = fixedDigits(d.conversions);
    return html`<table class="links-table">
      <caption>${s.linksCaption}</caption>
      <thead>
        <tr><th scope="col">${s.from}</th><th scope="col">${s.to}</th><th scope="col">${s.journeysHeader}</th><th scope="col">${s.conversionsHeader}</th>${withValue ? html`<th scope="col">${s.valueHeader}</th>` : nothing}</tr>
      </thead>
      <tbody>
        ${layout.links.map(
          (l) => html`<tr>
            <td>${labels.get(l.source)}</td><td>${labels.get(l.target)}</td>
            <td>${this.#fmt(l.value)}</td><td>${formatNumber(l.conversions, this.locale, conv)}</td>${withValue ? html`<td>${this.#money(l.conversionValue, d.value)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderAttributionTable(doc: KpiDocument, withValue: boolean): TemplateResult | typeof nothing {
    const s = this.#s;
    const model = this.#safeModel;
    const rows = this.#attribution(doc, model);
    if (rows instanceof Error) return nothing;
    const effects = model === 'markov' ? new Map(this.#removalEffects(doc).map((e) => [e.channel, e.removalEffect])) : null;
    const d = this.#digits(rows);
    const effectDigits = effects ? columnDigits([...effects.values()].map((e) => e * 100), 1) : 0;
    return html`<table class="attribution-table">
      <caption>${s.attributionCaption(s.model[model])}</caption>
      <thead>
        <tr>
          <th scope="col">${s.channel}</th><th scope="col">${s.conversionsHeader}</th>${withValue ? html`<th scope="col">${s.valueHeader}</th>` : nothing}<th scope="col">${s.share}</th>
          ${effects ? html`<th scope="col">${s.removalEffect}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${this.#sorted(rows).map(
          (r) => html`<tr>
            <th scope="row">${displayText(r.channel)}</th><td>${formatNumber(r.conversions, this.locale, fixedDigits(d.conversions))}</td>${withValue ? html`<td>${this.#money(r.value, d.value)}</td>` : nothing}<td>${this.#share(r.share, d.share)}</td>
            ${effects ? html`<td>${this.#share(effects.get(r.channel) ?? 0, effectDigits)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
