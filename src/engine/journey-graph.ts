/**
 * Journeys as Sankey input. Nodes are indexed by step (`email@2`), so a path
 * that comes back to a channel flows forward to a new node and never makes a
 * cycle (d3-sankey throws on cycles); every journey ends in `conversion` or
 * `no conversion`.
 */
import { normalizeJourneys, type Journeys, type JourneysInput, type PathCounts } from './attribution/journeys.js';
import { fieldError } from './errors.js';

export type GraphNodeKind = 'channel' | 'other' | 'conversion' | 'no-conversion';

export interface GraphNode {
  /** `email@2`; `other@3` for the fold of rare links; `conversion`, `no conversion` for the ends. */
  id: string;
  kind: GraphNodeKind;
  /** The channel; `null` on `other` and end nodes. */
  channel: string | null;
  /** 1 for first touches; end nodes sit one step after the deepest channel node. */
  step: number;
}

export interface GraphLink {
  source: string;
  target: string;
  /** Journeys along the link (each journey row counts `conversions + nulls`). */
  value: number;
  /** Conversions of those journeys, for tooltips. */
  conversions: number;
  /** Value of those conversions, for tooltips. */
  conversionValue: number;
}

export interface JourneyGraph {
  nodes: GraphNode[];
  links: GraphLink[];
  /** All journeys drawn: `conversions + nulls` over every row. */
  journeys: number;
  conversions: number;
  /** Journeys longer than `maxSteps`, whose later touches were folded into their last node. */
  folded: number;
}

export interface JourneyGraphOptions {
  /** Touches after this step fold into the node of this step. Default 5. */
  maxSteps?: number;
  /** A link carrying less than this share of all journeys is routed through its step's `other` node. Default 0.01. */
  minShare?: number;
}

const CONVERSION = 'conversion';
const NO_CONVERSION = 'no conversion';

/**
 * Builds the graph step by step. At step `s` each journey moves from its node
 * at `s − 1` (start for `s = 1`) to its channel at `s`; a move taken by fewer
 * than `minShare` of all journeys goes to `other@s` instead, and the journey
 * goes on from there, so flows stay conserved: into every node as much as out.
 */
export function journeyGraph(input: JourneysInput, options: JourneyGraphOptions = {}): JourneyGraph {
  checkOptions(options);
  return journeyGraphNormalized(normalizeJourneys(input), options);
}

function checkOptions({ maxSteps = 5, minShare = 0.01 }: JourneyGraphOptions): void {
  if (!Number.isInteger(maxSteps) || maxSteps < 1) throw fieldError('maxSteps', `must be a whole number ≥ 1, got ${maxSteps}`);
  if (!(minShare >= 0 && minShare <= 1)) throw fieldError('minShare', `must be a share from 0 to 1, got ${minShare}`);
}

/** The same over journeys already read (an element that also attributes them reads them once). */
export function journeyGraphNormalized(journeys: Journeys, { maxSteps = 5, minShare = 0.01 }: JourneyGraphOptions = {}): JourneyGraph {
  checkOptions({ maxSteps, minShare });
  const paths = journeys.paths.filter((p) => walks(p) > 0);
  const total = journeys.conversions + journeys.nulls;
  const threshold = minShare * total;
  const graph = new GraphBuilder(journeys.channels);
  // Node keys per step: channel index 0…m−1, m for `other`; m + 1 stands for start.
  const m = journeys.channels.length;
  const width = m + 2;
  let prev = new Int32Array(paths.length).fill(m + 1);
  let folded = 0;
  for (let step = 1; step <= maxSteps; step++) {
    const moves = new Map<number, number>();
    paths.forEach((path, p) => {
      if (path.touches.length < step) return;
      const key = prev[p]! * width + path.touches[step - 1]!;
      moves.set(key, (moves.get(key) ?? 0) + walks(path));
    });
    const next = new Int32Array(paths.length);
    const links = new Map<number, Flow>();
    const ends = new Map<number, Flow>();
    paths.forEach((path, p) => {
      if (path.touches.length < step) return;
      const c = path.touches[step - 1]!;
      const node = moves.get(prev[p]! * width + c)! < threshold ? m : c;
      next[p] = node;
      add(links, prev[p]! * width + node, walks(path), path.conversions, path.value);
      if (path.touches.length === step || step === maxSteps) {
        if (path.touches.length > step) folded += walks(path);
        if (path.conversions > 0) add(ends, node * 2, path.conversions, path.conversions, path.value);
        if (path.nulls > 0) add(ends, node * 2 + 1, path.nulls, 0, 0);
      }
    });
    for (const [key, flow] of links) {
      const target = graph.node(key % width, step);
      if (step > 1) graph.link(graph.node(Math.floor(key / width), step - 1), target, flow);
    }
    for (const [key, flow] of ends) graph.link(graph.node(key >> 1, step), key & 1 ? NO_CONVERSION : CONVERSION, flow);
    prev = next;
  }
  return { ...graph.result(), journeys: total, conversions: journeys.conversions, folded };
}

const walks = (path: PathCounts) => path.conversions + path.nulls;

/** Journeys, conversions and value along one link. */
type Flow = Pick<GraphLink, 'value' | 'conversions' | 'conversionValue'>;

function add(flows: Map<number, Flow>, key: number, journeys: number, conversions: number, value: number) {
  const flow = flows.get(key);
  if (flow) {
    flow.value += journeys;
    flow.conversions += conversions;
    flow.conversionValue += value;
  } else {
    flows.set(key, { value: journeys, conversions, conversionValue: value });
  }
}

/** Collects nodes and links once each, keeping the order they were first met. */
class GraphBuilder {
  readonly #nodes = new Map<string, GraphNode>();
  readonly #links: GraphLink[] = [];
  readonly #otherName: string;
  #deepest = 0;

  constructor(private readonly channels: string[]) {
    // A channel may itself be called "other"; the fold node must not share its id.
    this.#otherName = channels.includes('other') ? '(other)' : 'other';
  }

  /** Id of the node of channel index `c` (or the `other` fold, index m) at `step`, made on first use. */
  node(c: number, step: number): string {
    const isOther = c === this.channels.length;
    const id = `${isOther ? this.#otherName : this.channels[c]}@${step}`;
    if (!this.#nodes.has(id)) {
      this.#nodes.set(id, { id, kind: isOther ? 'other' : 'channel', channel: isOther ? null : this.channels[c]!, step });
      this.#deepest = Math.max(this.#deepest, step);
    }
    return id;
  }

  /** Each (source, target) pair comes once per step, so links are never merged here. */
  link(source: string, target: string, flow: Flow) {
    this.#links.push({ source, target, ...flow });
  }

  result(): Pick<JourneyGraph, 'nodes' | 'links'> {
    const nodes = [...this.#nodes.values()];
    const targets = new Set(this.#links.map((l) => l.target));
    const endStep = this.#deepest + 1;
    if (targets.has(CONVERSION)) nodes.push({ id: CONVERSION, kind: 'conversion', channel: null, step: endStep });
    if (targets.has(NO_CONVERSION)) nodes.push({ id: NO_CONVERSION, kind: 'no-conversion', channel: null, step: endStep });
    return { nodes, links: this.#links };
  }
}
