import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { nextNode, pathsThrough, sankeyFrame, sankeyHeight, sankeyLayout, type SankeyLayout, type SankeyLink, type SankeyNode } from '../../charts/sankey.js';
import { truncate } from '../../charts/text.js';
import { ATTRIBUTION_MODELS, attributeNormalized, type AttributionModel } from '../../engine/attribution/attribute.js';
import { compareModels, type ModelComparison } from '../../engine/attribution/compare.js';
import { normalizeJourneys, type Journeys } from '../../engine/attribution/journeys.js';
import { markovOf, type RemovalEffect } from '../../engine/attribution/markov.js';
import type { AttributionRow } from '../../engine/attribution/result.js';
import { journeyGraphNormalized, type JourneyGraph } from '../../engine/journey-graph.js';
import { KpiDocumentSchema, type KpiDocument } from '../../engine/schemas.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { KpiElement } from '../shared/kpi-element.js';
import { SizeController } from '../shared/size-controller.js';
import { ATTRIBUTION_SANKEY_STRINGS, type AttributionSankeyStrings } from './attribution-sankey.strings.js';
import { attributionSankeyStyles } from './attribution-sankey.styles.js';

export type AttributionView = 'attribution' | 'compare';

/** Where the models disagree: a channel whose shares across models span at least this many points. */
export const DISAGREEMENT_POINTS = 10;

/** Number formats, as constants: `formatNumber` caches its formatter per options object. */
const DIGITS: Record<number, Intl.NumberFormatOptions> = { 1: { maximumFractionDigits: 1 }, 2: { maximumFractionDigits: 2 } };

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
 * `journeyGraph` with d3-sankey. Beside it (below it under 600 px), each
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
 * @csspart compare - The comparison table of `view="compare"`.
 * @csspart error - The error message (whole element, or a failed refresh over the last good data).
 * @csspart empty - The "no journeys yet" message.
 * @csspart loading - The skeleton shown while `src` loads.
 *
 * @cssprop --kpi-color-text - Text, labels, focus ring.
 * @cssprop --kpi-color-muted - Secondary text, `other` nodes, no-conversion node.
 * @cssprop --kpi-color-surface - Card and tooltip background.
 * @cssprop --kpi-color-border - Card border, tooltip border, table rules.
 * @cssprop --kpi-color-track - Links, and the track of the share bars.
 * @cssprop --kpi-color-accent - Channel nodes, highlighted links, share bars.
 * @cssprop --kpi-color-promoter - The conversion node.
 * @cssprop --kpi-color-error - Error text.
 * @cssprop --kpi-color-error-surface - Error background.
 * @cssprop --kpi-color-skeleton - The loading skeleton.
 * @cssprop --kpi-font-family - Font.
 * @cssprop --kpi-radius - Corner radius.
 * @cssprop --kpi-spacing - Inner padding.
 *
 * @fires change - The reader picked another model with the switcher; `model` (and its attribute) already hold it.
 * @fires kpi-data - New valid input was rendered; `detail: { data, source }`.
 * @fires kpi-error - The input is invalid or `src` failed; `detail` names the `field` (`journeys[1].conversions`), the `code` and a localized `message`.
 */
export class KpiAttributionSankey extends KpiElement<KpiDocument> {
  static override styles = [...KpiElement.styles, attributionSankeyStyles];

  static override properties: PropertyDeclarations = {
    ...KpiElement.properties,
    model: { type: String, reflect: true },
    view: { type: String },
    maxSteps: { type: Number, attribute: 'max-steps' },
    minShare: { type: Number, attribute: 'min-share' },
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
  /** @internal The node or link under the pointer or the keyboard. */
  protected declare active: Active | null;
  /** @internal The node holding the tab stop. */
  protected declare focusId: string | null;

  readonly #size = new SizeController(this, 480);
  /** What depends on the input only, computed once for it: the journeys, each model's rows, the graph per options… */
  #memo: { doc?: KpiDocument; values: Map<string, unknown> } = { values: new Map() };
  /** The input whose visually hidden tables are drawn (they follow the chart by one task: see renderData). */
  #tablesFor: KpiDocument | undefined;
  #laid: { prepared: Prepared; width: number; layout: SankeyLayout; byId: Map<string, SankeyNode>; outgoing: Map<string, SankeyLink[]>; labels?: Map<string, string>; lang?: string } | undefined;

  constructor() {
    super();
    this.model = 'last-touch';
    this.view = 'attribution';
    this.maxSteps = 5;
    this.minShare = 0.01;
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
    if (this.#laid?.prepared === prepared && this.#laid.width === width) return this.#laid.layout;
    const layout = sankeyLayout(prepared.graph, { width, height: sankeyHeight(prepared.graph) });
    const outgoing = new Map<string, SankeyLink[]>();
    for (const l of layout.links) (outgoing.get(l.source) ?? outgoing.set(l.source, []).get(l.source)!).push(l);
    for (const list of outgoing.values()) list.sort((a, b) => b.value - a.value);
    this.#laid = { prepared, width, layout, byId: new Map(layout.nodes.map((n) => [n.id, n])), outgoing };
    return layout;
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
    const name = node.kind === 'other' ? s.other : node.channel!;
    const room = Math.max(3, maxChars - step.length - 3);
    return s.node(truncate(name, room), step);
  }

  #figures(journeys: number, conversions: number, value: number, withValue: boolean): string {
    const s = this.#s;
    const parts = [s.journeys(journeys, this.#fmt(journeys)), s.conversions(conversions, this.#fmt(conversions))];
    if (withValue) parts.push(s.value(this.#fmt(value)));
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
      if (best) parts.push(s.topChannel(s.model[this.#safeModel], best.channel, s.conversions(best.conversions, this.#fmt(best.conversions)), this.#pct(best.share)));
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
        ${this.#renderSankey(layout, withValue)}
        <div class="panel" part="attribution">${compare ? this.#renderCompare(doc) : this.#renderAttribution(doc, withValue)}</div>
      </div>
      <div class="visually-hidden">${this.#tablesFor === doc ? html`${this.#renderLinksTable(layout, withValue)}${compare ? nothing : this.#renderAttributionTable(doc, withValue)}` : nothing}</div>
    `;
  }

  #renderSankey(layout: SankeyLayout, withValue: boolean): TemplateResult {
    const s = this.#s;
    const { width, height } = layout;
    const active = this.active;
    const lit = active ? pathsThrough(layout, active) : null;
    const columns = layout.columns.length;
    const gap = columns > 1 ? (width - 10) / (columns - 1) - 10 : width;
    const maxChars = Math.max(6, Math.floor((gap - 8) / 6.5));
    const last = columns - 1;
    const { byId } = this.#laid!;
    const labels = this.#labels();
    const stop = this.#tabStop(layout);
    let tip: { lines: string[]; x: number; y: number; side: 'right' | 'left' } | null = null;
    if (active && 'node' in active && byId.has(active.node)) {
      const n = byId.get(active.node)!;
      tip = { lines: this.#nodeLines(n, withValue), x: n.column === last ? n.x0 - 3 : n.x1 + 3, y: n.y0, side: n.column === last ? 'left' : 'right' };
    } else if (active && 'link' in active && layout.links[active.link]) {
      const l = layout.links[active.link]!;
      tip = { lines: this.#linkLines(l, withValue), x: (byId.get(l.source)!.x1 + byId.get(l.target)!.x0) / 2, y: (l.y0 + l.y1) / 2, side: 'right' };
    }
    return html`<div class="plot" part="chart">
      <svg class="chart" role="img" aria-label=${this.summary} width=${width} height=${height} viewBox="0 0 ${width} ${height}">
        <g class="links" @pointerover=${this.#onLinkOver} @pointerleave=${this.#onLeave}>
          ${layout.links.map(
            (l) => svg`<path class=${'link to-' + byId.get(l.target)!.kind + (lit ? (lit.links.has(l.index) ? ' lit' : ' dim') : '')} d=${l.path}></path>`,
          )}
        </g>
        <g class="nodes">
          ${layout.nodes.map((n) => {
            const full = labels.get(n.id)!;
            const shown = this.#nodeLabel(n, maxChars);
            const left = n.column === last;
            return svg`<g class=${'node ' + n.kind + (lit ? (lit.nodes.has(n.id) ? ' lit' : ' dim') : '')}>
              <rect x=${n.x0} y=${n.y0} width=${n.x1 - n.x0} height=${Math.max(1, n.y1 - n.y0)}></rect>
              <text class="label" x=${left ? n.x0 - 4 : n.x1 + 4} y=${(n.y0 + n.y1) / 2 + 4} text-anchor=${left ? 'end' : 'start'}>${shown === full ? nothing : svg`<title>${full}</title>`}${shown}</text>
            </g>`;
          })}
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
        : html`<ol class="shares" aria-hidden="true">
              ${this.#sorted(rows).map(
                (r) => html`<li>
                  <span class="name" title=${r.channel}>${truncate(r.channel, 28)}</span>
                  <span class="share">${this.#pct(r.share)}</span>
                  <svg class="meter" viewBox="0 0 100 6" preserveAspectRatio="none" focusable="false">
                    <rect class="track" width="100" height="6"></rect><rect class="fill" width=${Math.max(0, Math.min(100, r.share * 100))} height="6"></rect>
                  </svg>
                  <span class="figures">${s.conversions(r.conversions, this.#fmt(r.conversions))}${withValue ? ' · ' + s.value(this.#fmt(r.value)) : ''}</span>
                </li>`,
              )}
            </ol>
            ${model === 'markov' ? this.#renderRemoval(doc) : nothing}`}
    `;
  }

  #renderRemoval(doc: KpiDocument): TemplateResult {
    const effects = [...this.#removalEffects(doc)].sort((a, b) => b.removalEffect - a.removalEffect);
    return html`<div class="removal" aria-hidden="true">
      <h4>${this.#s.removalHeading}</h4>
      <ul>
        ${effects.map((e) => html`<li><span class="name" title=${e.channel}>${truncate(e.channel, 28)}</span> <span class="share">${this.#pct(e.removalEffect)}</span></li>`)}
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
                <th scope="row">${r.channel}</th>
                ${r.shares.map((share) => html`<td>${this.#pct(share)}</td>`)}
                <td class="spread">${s.points(this.#fmt(r.spread, 1))}${disagree ? html` <strong>≠ ${s.disagree}</strong>` : nothing}</td>
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
    return html`<table class="links-table">
      <caption>${s.linksCaption}</caption>
      <thead>
        <tr><th scope="col">${s.from}</th><th scope="col">${s.to}</th><th scope="col">${s.journeysHeader}</th><th scope="col">${s.conversionsHeader}</th>${withValue ? html`<th scope="col">${s.valueHeader}</th>` : nothing}</tr>
      </thead>
      <tbody>
        ${layout.links.map(
          (l) => html`<tr>
            <td>${labels.get(l.source)}</td><td>${labels.get(l.target)}</td>
            <td>${this.#fmt(l.value)}</td><td>${this.#fmt(l.conversions)}</td>${withValue ? html`<td>${this.#fmt(l.conversionValue)}</td>` : nothing}
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
            <th scope="row">${r.channel}</th><td>${this.#fmt(r.conversions)}</td>${withValue ? html`<td>${this.#fmt(r.value)}</td>` : nothing}<td>${this.#pct(r.share)}</td>
            ${effects ? html`<td>${this.#pct(effects.get(r.channel) ?? 0)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
