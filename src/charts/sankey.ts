/**
 * The journey Sankey as a pure layout in pixels, from `journeyGraph`'s
 * `{ nodes, links }`: node rectangles, link paths and widths, plain numbers.
 *
 * Positions come from d3-sankey's `sankey`, vendored in ./vendor/d3-sankey on
 * d3-array 3 (its `sankeyLinkHorizontal`, which needs d3-shape, is left out:
 * `horizontalLink` below draws the links). Every node sits in the
 * column of its step (`email@2` in column 2, the ends in the last one). Nodes
 * are stacked in each column by the conversions through them, most on top
 * (then by journeys; `other` last, *conversion* above *no conversion*), so the
 * converting flows run along the top into the conversion node, which sits at
 * the top of the last column beside them. No relaxation passes: the order
 * is stable, predictable and the same as the keyboard order; each link is
 * attached to its nodes in the order of the nodes it comes from or goes to, so
 * links leave and enter a node without crossing there.
 */
import { sankey as d3Sankey } from './vendor/d3-sankey/index.js';
import type { GraphLink, GraphNode, GraphNodeKind, JourneyGraph } from '../engine/journey-graph.js';

/** Below this width the element stacks the Sankey above the attribution. */
export const STACK_BELOW = 600;

export interface SankeyOptions {
  width: number;
  height: number;
  /** Width of a node's rectangle. Default 10. */
  nodeWidth?: number;
  /** Gap between the nodes of a column (shrunk if the column would not fit). Default 10. */
  nodePadding?: number;
  /** Room above the nodes (for the column headings). Default 0. */
  top?: number;
}

export interface SankeyNode extends GraphNode {
  /** Column index, 0 for first touches. */
  column: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Journeys through the node (the larger of what comes in and what goes out). */
  value: number;
  /** Conversions of those journeys. */
  conversions: number;
  /** Value of those conversions. */
  conversionValue: number;
}

export interface SankeyLink extends GraphLink {
  /** Index in `links`. */
  index: number;
  /** Stroke width of the link. */
  width: number;
  /** Centre of the link where it leaves its source and where it enters its target. */
  y0: number;
  y1: number;
  /** A band `width` high from the source's right edge to the target's left edge (see `horizontalLink`), to be filled. */
  path: string;
}

export interface SankeyLayout {
  width: number;
  height: number;
  nodes: SankeyNode[];
  links: SankeyLink[];
  /** Node ids per column, top to bottom: the keyboard's grid. */
  columns: string[][];
}

const round = (v: number) => Math.round(v * 100) / 100;

const KIND_ORDER: Record<GraphNodeKind, number> = { channel: 0, other: 1, conversion: 2, 'no-conversion': 3 };

/**
 * A horizontal link from (x0, y0) to (x1, y1) as a filled band `width` high:
 * its top and bottom edges are cubic Béziers with their control points half
 * way across. (A filled band rather than a wide stroke: browsers lay out and
 * paint thousands of fills much faster than wide strokes.)
 */
export function horizontalLink(x0: number, y0: number, x1: number, y1: number, width: number): string {
  const xm = round((x0 + x1) / 2);
  const h = width / 2;
  const [a0, a1, b0, b1] = [round(y0 - h), round(y1 - h), round(y0 + h), round(y1 + h)];
  return `M${x0},${a0}C${xm},${a0} ${xm},${a1} ${x1},${a1}V${b1}C${xm},${b1} ${xm},${b0} ${x0},${b0}Z`;
}

interface WorkNode extends GraphNode {
  order: number;
  index?: number;
  depth?: number;
  height?: number;
  /** The column d3-sankey put the node in. */
  layer?: number;
  value?: number;
  x0?: number;
  x1?: number;
  y0?: number;
  y1?: number;
  sourceLinks?: WorkLink[];
  targetLinks?: WorkLink[];
}

interface WorkLink extends Omit<GraphLink, 'source' | 'target'> {
  source: string | WorkNode;
  target: string | WorkNode;
  index?: number;
  width?: number;
  y0?: number;
  y1?: number;
}

function missing(id: string, field: string): never {
  throw new Error(`${field}: no node ${id}`);
}

export function sankeyLayout(graph: Pick<JourneyGraph, 'nodes' | 'links'>, options: SankeyOptions): SankeyLayout {
  const { width, height, nodeWidth = 10, nodePadding = 10, top = 0 } = options;
  if (graph.nodes.length === 0 || graph.links.length === 0) return { width, height, nodes: [], links: [], columns: [] };
  // Every field d3-sankey writes is there from the start, with its final type, and links point
  // at their nodes: objects that keep one shape stay fast (8× faster on a 200-node graph).
  const nodes: WorkNode[] = graph.nodes.map((n, order) => ({
    id: n.id, kind: n.kind, channel: n.channel, step: n.step, order,
    index: 0, depth: 0, height: 0, layer: 0, value: 0, x0: 0, x1: 0, y0: 0, y1: 0, sourceLinks: [], targetLinks: [],
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const node = (id: string, field: string) => byId.get(id) ?? missing(id, field);
  const links: WorkLink[] = graph.links.map((l, i) => ({
    source: node(l.source, `links[${i}].source`), target: node(l.target, `links[${i}].target`),
    value: l.value, conversions: l.conversions, conversionValue: l.conversionValue,
    index: 0, width: 0, y0: 0, y1: 0,
  }));
  // Conversions through each node (what leaves it, or what enters the ends), to stack by.
  const converting = new Map<WorkNode, number>();
  for (const l of links) {
    const s = l.source as WorkNode;
    converting.set(s, (converting.get(s) ?? 0) + l.conversions);
  }
  for (const l of links) {
    const t = l.target as WorkNode;
    if (t.kind === 'conversion' || t.kind === 'no-conversion') converting.set(t, (converting.get(t) ?? 0) + l.conversions);
  }
  const conv = (n: WorkNode) => converting.get(n) ?? 0;
  const lastColumn = Math.max(...graph.nodes.map((n) => n.step)) - 1;
  const generator = d3Sankey<WorkNode, WorkLink>()
    .nodeId((n) => n.id)
    // The engine knows each node's step; the ends go to the last column (d3 clamps to it).
    .nodeAlign((n) => (n.kind === 'conversion' || n.kind === 'no-conversion' ? lastColumn : n.step - 1))
    .nodeSort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || conv(b) - conv(a) || (b.value ?? 0) - (a.value ?? 0) || a.order - b.order)
    .nodeWidth(nodeWidth)
    .nodePadding(nodePadding)
    .iterations(0)
    .extent([
      [0, top],
      [width, height],
    ]);
  // The layout works in place: the same objects come back with every field set.
  const out = generator({ nodes, links }) as unknown as { nodes: Required<WorkNode>[]; links: Required<WorkLink>[] };
  // Attach links in the order of the nodes at their other end, now that every column is placed.
  const byY = (a: WorkNode, b: WorkNode) => a.y0! - b.y0! || a.order - b.order;
  for (const n of out.nodes) {
    n.sourceLinks.sort((a, b) => byY(a.target as WorkNode, b.target as WorkNode) || a.index! - b.index!);
    n.targetLinks.sort((a, b) => byY(a.source as WorkNode, b.source as WorkNode) || a.index! - b.index!);
  }
  generator.update(out as never);

  const columns: string[][] = [];
  const laid = out.nodes.map((n): SankeyNode => {
    const column = n.layer;
    (columns[column] ??= []).push(n.id);
    const through = n.sourceLinks.length ? n.sourceLinks : n.targetLinks;
    return {
      id: n.id,
      kind: n.kind,
      channel: n.channel,
      step: n.step,
      column,
      x0: round(n.x0),
      x1: round(n.x1),
      y0: round(n.y0),
      y1: round(n.y1),
      value: n.value,
      conversions: through.reduce((s, l) => s + l.conversions, 0),
      conversionValue: through.reduce((s, l) => s + l.conversionValue, 0),
    };
  });
  const position = new Map(laid.map((n) => [n.id, n]));
  for (const column of columns) if (column) column.sort((a, b) => position.get(a)!.y0 - position.get(b)!.y0);
  const laidLinks = out.links.map((l): SankeyLink => {
    const s = l.source as WorkNode;
    const t = l.target as WorkNode;
    const y0 = round(l.y0);
    const y1 = round(l.y1);
    return {
      source: s.id,
      target: t.id,
      value: l.value,
      conversions: l.conversions,
      conversionValue: l.conversionValue,
      index: l.index,
      width: round(l.width),
      y0,
      y1,
      path: horizontalLink(round(s.x1!), y0, round(t.x0!), y1, Math.max(1, l.width)),
    };
  });
  return { width, height, nodes: laid, links: laidLinks, columns: columns.filter(Boolean) };
}

/**
 * The Sankey's height: room for a label beside each node of the fullest column
 * (`rowHeight` per node) and at least `aspect` × the width (a wide column gets
 * a tall diagram), within `[min, max]`. Excludes the headings (`HEADING_HEIGHT`).
 */
export function sankeyHeight(
  graph: Pick<JourneyGraph, 'nodes'>,
  { width = 0, rowHeight = 30, aspect = 0.5, min = 180, max = 1200 }: { width?: number; rowHeight?: number; aspect?: number; min?: number; max?: number } = {},
): number {
  const perStep = new Map<number, number>();
  for (const n of graph.nodes) perStep.set(n.step, (perStep.get(n.step) ?? 0) + 1);
  const fullest = Math.max(0, ...perStep.values());
  return Math.min(max, Math.max(min, fullest * rowHeight, Math.round(width * aspect)));
}

/** Height of the column headings' band above the nodes. */
export const HEADING_HEIGHT = 22;

/** Estimated advance of one character of the 11 px labels (DejaVu / system sans average, with a margin). */
export const CHAR_PX = 6.8;

/** Shortest label kept in the chart: under this room the element shows a channel legend instead. */
export const MIN_LABEL_CHARS = 8;

/** The x of each column's nodes (left edges), from a layout's nodes. */
export function columnXs(layout: Pick<SankeyLayout, 'nodes' | 'columns'>): number[] {
  const x = new Map(layout.nodes.map((n) => [n.id, n.x0]));
  return layout.columns.map((c) => x.get(c[0]!) ?? 0);
}

/**
 * Column headings that fit: the long form ("2nd touch") if no two headings
 * overlap and none leaves the chart, else the short one ("2nd"). The first
 * heading is drawn from its column's left edge, the last up to the right edge,
 * the others centred on their nodes.
 */
export function fitHeadings(
  xs: number[],
  width: number,
  long: string[],
  short: string[],
  { nodeWidth = 10, charPx = CHAR_PX, gap = 6 } = {},
): { texts: string[]; anchors: Array<'start' | 'middle' | 'end'>; x: number[]; short: boolean } {
  const last = xs.length - 1;
  const anchors = xs.map((_, i): 'start' | 'middle' | 'end' => (i === 0 ? 'start' : i === last ? 'end' : 'middle'));
  const x = xs.map((x0, i) => (i === 0 ? x0 : i === last ? Math.min(width, x0 + nodeWidth) : x0 + nodeWidth / 2));
  const fits = (texts: string[]) => {
    let right = -Infinity;
    return texts.every((t, i) => {
      const w = [...t].length * charPx;
      const from = anchors[i] === 'start' ? x[i]! : anchors[i] === 'end' ? x[i]! - w : x[i]! - w / 2;
      const ok = from >= right + gap && from >= 0 && from + w <= width;
      right = from + w;
      return ok;
    });
  };
  const useLong = fits(long);
  return { texts: useLong ? long : short, anchors, x, short: !useLong };
}

/**
 * Whether the channel names go beside their nodes (`labels`) or in a legend
 * with swatches (`legend`): labels when the room between two columns holds
 * `MIN_LABEL_CHARS` characters (or the longest name), and the names cut to that
 * room stay distinct.
 */
export function labelMode(names: Iterable<string>, room: number, { charPx = CHAR_PX, min = MIN_LABEL_CHARS } = {}): { mode: 'labels' | 'legend'; maxChars: number } {
  const list = [...new Set(names)];
  const maxChars = Math.floor(room / charPx);
  const longest = Math.max(0, ...list.map((n) => [...n].length));
  if (maxChars < Math.min(min, longest)) return { mode: 'legend', maxChars };
  const cut = new Set(list.map((n) => ([...n].length > maxChars ? [...n].slice(0, maxChars - 1).join('') : n)));
  return { mode: cut.size === list.length ? 'labels' : 'legend', maxChars };
}

/**
 * Label centres that do not overlap: each label wants `want[i]` (in the order
 * given, top to bottom); labels `lineHeight` tall are pushed down, then up from
 * `bottom`, so that none overlaps the next and all stay within `[top, bottom]`
 * (as far as they fit).
 */
export function spreadLabels(want: number[], lineHeight: number, top: number, bottom: number): number[] {
  const y = want.map((v) => Math.max(top + lineHeight / 2, Math.min(bottom - lineHeight / 2, v)));
  for (let i = 1; i < y.length; i++) y[i] = Math.max(y[i]!, y[i - 1]! + lineHeight);
  for (let i = y.length - 1; i >= 0; i--) {
    const limit = i === y.length - 1 ? bottom - lineHeight / 2 : y[i + 1]! - lineHeight;
    y[i] = Math.min(y[i]!, limit);
  }
  return y.map(round);
}

/** Tint levels of the links: 0 (no journey converts) to `TINT_LEVELS - 1` (all do). */
export const TINT_LEVELS = 5;

/**
 * A link's tint: the share of its journeys that end in conversion, rounded to
 * one of `TINT_LEVELS` steps (0 %, 25 %, 50 %, 75 %, 100 %): 0 for a link with
 * no journey.
 */
export function tintLevel(conversions: number, journeys: number, levels = TINT_LEVELS): number {
  if (!(journeys > 0)) return 0;
  return Math.round(Math.max(0, Math.min(1, conversions / journeys)) * (levels - 1));
}

/** How the element shares its width: the Sankey beside the attribution from `STACK_BELOW` px, above it under. */
export function sankeyFrame(width: number, gap = 24): { stacked: boolean; chartWidth: number; panelWidth: number } {
  if (width < STACK_BELOW) return { stacked: true, chartWidth: width, panelWidth: width };
  const chartWidth = Math.round((width - gap) * 0.6);
  return { stacked: false, chartWidth, panelWidth: width - gap - chartWidth };
}

/**
 * What a hovered or focused node or link lights up: the links and nodes on the
 * paths through it, everything upstream of its start and downstream of its end.
 */
export function pathsThrough(layout: Pick<SankeyLayout, 'links'>, at: { node: string } | { link: number }): { nodes: Set<string>; links: Set<number> } {
  const nodes = new Set<string>();
  const links = new Set<number>();
  const walk = (id: string, forward: boolean) => {
    for (const l of layout.links) {
      if ((forward ? l.source : l.target) !== id || links.has(l.index)) continue;
      links.add(l.index);
      const next = forward ? l.target : l.source;
      nodes.add(next);
      walk(next, forward);
    }
  };
  if ('node' in at) {
    nodes.add(at.node);
    walk(at.node, true);
    walk(at.node, false);
  } else {
    const link = layout.links[at.link];
    if (!link) return { nodes, links };
    links.add(link.index);
    nodes.add(link.source).add(link.target);
    walk(link.target, true);
    walk(link.source, false);
  }
  return { nodes, links };
}

/**
 * The node the keyboard moves to: up / down within the column, left / right to
 * the nearest node (by centre) of the next column, Home / End to the first and
 * last node. Returns `id` itself at an edge, `null` for other keys.
 */
export function nextNode(layout: Pick<SankeyLayout, 'nodes' | 'columns'>, id: string, key: string): string | null {
  const { columns } = layout;
  const c = columns.findIndex((col) => col.includes(id));
  if (c < 0) return columns[0]?.[0] ?? null;
  const column = columns[c]!;
  const r = column.indexOf(id);
  const centre = (nodeId: string) => {
    const n = layout.nodes.find((x) => x.id === nodeId)!;
    return (n.y0 + n.y1) / 2;
  };
  switch (key) {
    case 'ArrowUp':
      return column[Math.max(0, r - 1)]!;
    case 'ArrowDown':
      return column[Math.min(column.length - 1, r + 1)]!;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = columns[c + (key === 'ArrowRight' ? 1 : -1)];
      if (!next) return id;
      const y = centre(id);
      return next.reduce((best, n) => (Math.abs(centre(n) - y) < Math.abs(centre(best) - y) ? n : best));
    }
    case 'Home':
      return columns[0]![0]!;
    case 'End':
      return columns.at(-1)!.at(-1)!;
    default:
      return null;
  }
}
