/*! d3-sankey 0.12.3 (c) 2015 Mike Bostock, BSD-3-Clause */
/*
 * d3-sankey 0.12.3 (src/sankey.js), https://github.com/d3/d3-sankey, vendored with TypeScript types (./README.md).
 *
 * Copyright 2015, Mike Bostock
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without modification,
 * are permitted provided that the following conditions are met:
 *
 * * Redistributions of source code must retain the above copyright notice, this
 *   list of conditions and the following disclaimer.
 *
 * * Redistributions in binary form must reproduce the above copyright notice,
 *   this list of conditions and the following disclaimer in the documentation
 *   and/or other materials provided with the distribution.
 *
 * * Neither the name of the author nor the names of contributors may be used to
 *   endorse or promote products derived from this software without specific prior
 *   written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR
 * ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
 * (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
 * LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON
 * ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
 * (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
 * SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
import { max, min, sum } from 'd3-array';
import { justify } from './align.js';
import constant from './constant.js';

/** What the layout writes on each node. */
export interface SankeyNodeProps {
  index: number;
  depth: number;
  height: number;
  layer: number;
  value: number;
  /** Read, not written: the node's value when set, instead of the sum of its links. */
  fixedValue?: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  sourceLinks: SankeyLinkProps[];
  targetLinks: SankeyLinkProps[];
}

/** What the layout writes on each link (`source` and `target` become the nodes themselves). */
export interface SankeyLinkProps {
  source: SankeyNodeProps;
  target: SankeyNodeProps;
  value: number;
  index: number;
  width: number;
  y0: number;
  y1: number;
}

export type SankeyLaidNode<N> = N & SankeyNodeProps;
export type SankeyLaidLink<L> = Omit<L, 'source' | 'target'> & SankeyLinkProps;

/** The input: nodes, and links whose `source` / `target` are node ids (see nodeId) or nodes, and whose `value` is set. */
export interface SankeyGraph<N, L> {
  nodes: N[];
  links: L[];
}

/** The same objects, laid out (the layout works in place). */
export interface SankeyLaidGraph<N, L> {
  nodes: SankeyLaidNode<N>[];
  links: SankeyLaidLink<L>[];
}

type Id<N> = (node: N, i: number, nodes: N[]) => string | number;
type Align<N> = (node: SankeyLaidNode<N>, n: number) => number;
type Compare<T> = (a: T, b: T) => number;
type Extent = [[number, number], [number, number]];

export interface SankeyGenerator<N, L, G = SankeyGraph<N, L>> {
  (graph: G): SankeyLaidGraph<N, L>;
  /** Recomputes the links' `y0` / `y1` after their nodes or their order changed. */
  update(graph: SankeyLaidGraph<N, L>): SankeyLaidGraph<N, L>;
  nodeId(): Id<N>;
  nodeId(id: Id<N> | string | number): this;
  nodeAlign(): Align<N>;
  nodeAlign(align: Align<N> | number): this;
  nodeSort(): Compare<SankeyLaidNode<N>> | null | undefined;
  nodeSort(sort: Compare<SankeyLaidNode<N>> | null | undefined): this;
  nodeWidth(): number;
  nodeWidth(width: number): this;
  nodePadding(): number;
  nodePadding(padding: number): this;
  nodes(): (graph: G) => N[];
  nodes(nodes: ((graph: G) => N[]) | N[]): this;
  links(): (graph: G) => L[];
  links(links: ((graph: G) => L[]) | L[]): this;
  linkSort(): Compare<SankeyLaidLink<L>> | null | undefined;
  linkSort(sort: Compare<SankeyLaidLink<L>> | null | undefined): this;
  size(): [number, number];
  size(size: [number, number]): this;
  extent(): Extent;
  extent(extent: Extent): this;
  iterations(): number;
  iterations(iterations: number): this;
}

type Node = SankeyNodeProps;
type Link = SankeyLinkProps;
type Graph = { nodes: Node[]; links: Link[] };

function ascendingSourceBreadth(a: Link, b: Link) {
  return ascendingBreadth(a.source, b.source) || a.index - b.index;
}

function ascendingTargetBreadth(a: Link, b: Link) {
  return ascendingBreadth(a.target, b.target) || a.index - b.index;
}

function ascendingBreadth(a: Node, b: Node) {
  return a.y0 - b.y0;
}

function value(d: Node | Link) {
  return d.value;
}

function defaultId(d: unknown) {
  return (d as Node).index;
}

function defaultNodes(graph: unknown) {
  return (graph as Graph).nodes;
}

function defaultLinks(graph: unknown) {
  return (graph as Graph).links;
}

function find(nodeById: Map<unknown, Node>, id: unknown) {
  const node = nodeById.get(id);
  if (!node) throw new Error('missing: ' + id);
  return node;
}

function computeLinkBreadths({ nodes }: Graph) {
  for (const node of nodes) {
    let y0 = node.y0;
    let y1 = y0;
    for (const link of node.sourceLinks) {
      link.y0 = y0 + link.width / 2;
      y0 += link.width;
    }
    for (const link of node.targetLinks) {
      link.y1 = y1 + link.width / 2;
      y1 += link.width;
    }
  }
}

export default function Sankey<N extends object, L extends object, G = SankeyGraph<N, L>>(): SankeyGenerator<N, L, G> {
  let x0 = 0, y0 = 0, x1 = 1, y1 = 1; // extent
  let dx = 24; // nodeWidth
  let dy = 8, py = 8; // nodePadding (py: the padding used, set by computeNodeBreadths)
  let id: Id<N> = defaultId;
  let align: Align<N> = justify;
  let sort: Compare<SankeyLaidNode<N>> | null | undefined;
  let linkSort: Compare<SankeyLaidLink<L>> | null | undefined;
  let nodes: (graph: G) => N[] = defaultNodes as (graph: G) => N[];
  let links: (graph: G) => L[] = defaultLinks as (graph: G) => L[];
  let iterations = 6;

  // The layout's own steps work on Node / Link; the accessors given by the caller see N / L too.
  const nodeSort = () => sort as Compare<Node> | null | undefined;
  const linkCompare = () => linkSort as unknown as Compare<Link> | null | undefined;

  const sankey = function sankey(graph: G): SankeyLaidGraph<N, L> {
    const laid = { nodes: nodes(graph), links: links(graph) } as unknown as Graph;
    computeNodeLinks(laid);
    computeNodeValues(laid);
    computeNodeDepths(laid);
    computeNodeHeights(laid);
    computeNodeBreadths(laid);
    computeLinkBreadths(laid);
    return laid as unknown as SankeyLaidGraph<N, L>;
  } as SankeyGenerator<N, L, G>;

  sankey.update = function (graph) {
    computeLinkBreadths(graph as unknown as Graph);
    return graph;
  };

  sankey.nodeId = function (_?: Id<N> | string | number) {
    return arguments.length ? ((id = typeof _ === 'function' ? _ : constant(_!)), sankey) : id;
  } as SankeyGenerator<N, L, G>['nodeId'];

  sankey.nodeAlign = function (_?: Align<N> | number) {
    return arguments.length ? ((align = typeof _ === 'function' ? _ : constant(_!)), sankey) : align;
  } as SankeyGenerator<N, L, G>['nodeAlign'];

  sankey.nodeSort = function (_?: Compare<SankeyLaidNode<N>> | null) {
    return arguments.length ? ((sort = _), sankey) : sort;
  } as SankeyGenerator<N, L, G>['nodeSort'];

  sankey.nodeWidth = function (_?: number) {
    return arguments.length ? ((dx = +_!), sankey) : dx;
  } as SankeyGenerator<N, L, G>['nodeWidth'];

  sankey.nodePadding = function (_?: number) {
    return arguments.length ? ((dy = py = +_!), sankey) : dy;
  } as SankeyGenerator<N, L, G>['nodePadding'];

  sankey.nodes = function (_?: ((graph: G) => N[]) | N[]) {
    return arguments.length ? ((nodes = typeof _ === 'function' ? _ : constant(_!)), sankey) : nodes;
  } as SankeyGenerator<N, L, G>['nodes'];

  sankey.links = function (_?: ((graph: G) => L[]) | L[]) {
    return arguments.length ? ((links = typeof _ === 'function' ? _ : constant(_!)), sankey) : links;
  } as SankeyGenerator<N, L, G>['links'];

  sankey.linkSort = function (_?: Compare<SankeyLaidLink<L>> | null) {
    return arguments.length ? ((linkSort = _), sankey) : linkSort;
  } as SankeyGenerator<N, L, G>['linkSort'];

  sankey.size = function (_?: [number, number]) {
    return arguments.length ? ((x0 = y0 = 0), (x1 = +_![0]), (y1 = +_![1]), sankey) : [x1 - x0, y1 - y0];
  } as SankeyGenerator<N, L, G>['size'];

  sankey.extent = function (_?: Extent) {
    return arguments.length
      ? ((x0 = +_![0][0]), (x1 = +_![1][0]), (y0 = +_![0][1]), (y1 = +_![1][1]), sankey)
      : [
          [x0, y0],
          [x1, y1],
        ];
  } as SankeyGenerator<N, L, G>['extent'];

  sankey.iterations = function (_?: number) {
    return arguments.length ? ((iterations = +_!), sankey) : iterations;
  } as SankeyGenerator<N, L, G>['iterations'];

  function computeNodeLinks({ nodes, links }: Graph) {
    for (const [i, node] of nodes.entries()) {
      node.index = i;
      node.sourceLinks = [];
      node.targetLinks = [];
    }
    const nodeById = new Map<unknown, Node>(nodes.map((d, i) => [id(d as unknown as N, i, nodes as unknown as N[]), d]));
    for (const [i, link] of links.entries()) {
      link.index = i;
      let { source, target } = link as { source: Node | string | number; target: Node | string | number };
      if (typeof source !== 'object') source = link.source = find(nodeById, source);
      if (typeof target !== 'object') target = link.target = find(nodeById, target);
      source.sourceLinks.push(link);
      target.targetLinks.push(link);
    }
    const compare = linkCompare();
    if (compare != null) {
      for (const { sourceLinks, targetLinks } of nodes) {
        sourceLinks.sort(compare);
        targetLinks.sort(compare);
      }
    }
  }

  function computeNodeValues({ nodes }: Graph) {
    for (const node of nodes) {
      node.value = node.fixedValue === undefined ? Math.max(sum(node.sourceLinks, value), sum(node.targetLinks, value)) : node.fixedValue;
    }
  }

  function computeNodeDepths({ nodes }: Graph) {
    const n = nodes.length;
    let current = new Set(nodes);
    let next = new Set<Node>();
    let x = 0;
    while (current.size) {
      for (const node of current) {
        node.depth = x;
        for (const { target } of node.sourceLinks) {
          next.add(target);
        }
      }
      if (++x > n) throw new Error('circular link');
      current = next;
      next = new Set();
    }
  }

  function computeNodeHeights({ nodes }: Graph) {
    const n = nodes.length;
    let current = new Set(nodes);
    let next = new Set<Node>();
    let x = 0;
    while (current.size) {
      for (const node of current) {
        node.height = x;
        for (const { source } of node.targetLinks) {
          next.add(source);
        }
      }
      if (++x > n) throw new Error('circular link');
      current = next;
      next = new Set();
    }
  }

  function computeNodeLayers({ nodes }: Graph) {
    const x = max(nodes, (d) => d.depth)! + 1;
    const kx = (x1 - x0 - dx) / (x - 1);
    const columns: Node[][] = new Array(x);
    for (const node of nodes) {
      const i = Math.max(0, Math.min(x - 1, Math.floor(align(node as SankeyLaidNode<N>, x))));
      node.layer = i;
      node.x0 = x0 + i * kx;
      node.x1 = node.x0 + dx;
      if (columns[i]) columns[i].push(node);
      else columns[i] = [node];
    }
    const compare = nodeSort();
    if (compare)
      for (const column of columns) {
        column.sort(compare);
      }
    return columns;
  }

  function initializeNodeBreadths(columns: Node[][]) {
    const ky = min(columns, (c) => (y1 - y0 - (c.length - 1) * py) / sum(c, value))!;
    for (const nodes of columns) {
      let y = y0;
      for (const node of nodes) {
        node.y0 = y;
        node.y1 = y + node.value * ky;
        y = node.y1 + py;
        for (const link of node.sourceLinks) {
          link.width = link.value * ky;
        }
      }
      y = (y1 - y + py) / (nodes.length + 1);
      for (let i = 0; i < nodes.length; ++i) {
        const node = nodes[i]!;
        node.y0 += y * (i + 1);
        node.y1 += y * (i + 1);
      }
      reorderLinks(nodes);
    }
  }

  function computeNodeBreadths(graph: Graph) {
    const columns = computeNodeLayers(graph);
    py = Math.min(dy, (y1 - y0) / (max(columns, (c) => c.length)! - 1));
    initializeNodeBreadths(columns);
    for (let i = 0; i < iterations; ++i) {
      const alpha = Math.pow(0.99, i);
      const beta = Math.max(1 - alpha, (i + 1) / iterations);
      relaxRightToLeft(columns, alpha, beta);
      relaxLeftToRight(columns, alpha, beta);
    }
  }

  // Reposition each node based on its incoming (target) links.
  function relaxLeftToRight(columns: Node[][], alpha: number, beta: number) {
    for (let i = 1, n = columns.length; i < n; ++i) {
      const column = columns[i]!;
      for (const target of column) {
        let y = 0;
        let w = 0;
        for (const { source, value } of target.targetLinks) {
          const v = value * (target.layer - source.layer);
          y += targetTop(source, target) * v;
          w += v;
        }
        if (!(w > 0)) continue;
        const dy = (y / w - target.y0) * alpha;
        target.y0 += dy;
        target.y1 += dy;
        reorderNodeLinks(target);
      }
      if (sort === undefined) column.sort(ascendingBreadth);
      resolveCollisions(column, beta);
    }
  }

  // Reposition each node based on its outgoing (source) links.
  function relaxRightToLeft(columns: Node[][], alpha: number, beta: number) {
    for (let n = columns.length, i = n - 2; i >= 0; --i) {
      const column = columns[i]!;
      for (const source of column) {
        let y = 0;
        let w = 0;
        for (const { target, value } of source.sourceLinks) {
          const v = value * (target.layer - source.layer);
          y += sourceTop(source, target) * v;
          w += v;
        }
        if (!(w > 0)) continue;
        const dy = (y / w - source.y0) * alpha;
        source.y0 += dy;
        source.y1 += dy;
        reorderNodeLinks(source);
      }
      if (sort === undefined) column.sort(ascendingBreadth);
      resolveCollisions(column, beta);
    }
  }

  function resolveCollisions(nodes: Node[], alpha: number) {
    const i = nodes.length >> 1;
    const subject = nodes[i]!;
    resolveCollisionsBottomToTop(nodes, subject.y0 - py, i - 1, alpha);
    resolveCollisionsTopToBottom(nodes, subject.y1 + py, i + 1, alpha);
    resolveCollisionsBottomToTop(nodes, y1, nodes.length - 1, alpha);
    resolveCollisionsTopToBottom(nodes, y0, 0, alpha);
  }

  // Push any overlapping nodes down.
  function resolveCollisionsTopToBottom(nodes: Node[], y: number, i: number, alpha: number) {
    for (; i < nodes.length; ++i) {
      const node = nodes[i]!;
      const dy = (y - node.y0) * alpha;
      if (dy > 1e-6) (node.y0 += dy), (node.y1 += dy);
      y = node.y1 + py;
    }
  }

  // Push any overlapping nodes up.
  function resolveCollisionsBottomToTop(nodes: Node[], y: number, i: number, alpha: number) {
    for (; i >= 0; --i) {
      const node = nodes[i]!;
      const dy = (node.y1 - y) * alpha;
      if (dy > 1e-6) (node.y0 -= dy), (node.y1 -= dy);
      y = node.y0 - py;
    }
  }

  function reorderNodeLinks({ sourceLinks, targetLinks }: Node) {
    if (linkSort === undefined) {
      for (const {
        source: { sourceLinks },
      } of targetLinks) {
        sourceLinks.sort(ascendingTargetBreadth);
      }
      for (const {
        target: { targetLinks },
      } of sourceLinks) {
        targetLinks.sort(ascendingSourceBreadth);
      }
    }
  }

  function reorderLinks(nodes: Node[]) {
    if (linkSort === undefined) {
      for (const { sourceLinks, targetLinks } of nodes) {
        sourceLinks.sort(ascendingTargetBreadth);
        targetLinks.sort(ascendingSourceBreadth);
      }
    }
  }

  // Returns the target.y0 that would produce an ideal link from source to target.
  function targetTop(source: Node, target: Node) {
    let y = source.y0 - ((source.sourceLinks.length - 1) * py) / 2;
    for (const { target: node, width } of source.sourceLinks) {
      if (node === target) break;
      y += width + py;
    }
    for (const { source: node, width } of target.targetLinks) {
      if (node === source) break;
      y -= width;
    }
    return y;
  }

  // Returns the source.y0 that would produce an ideal link from source to target.
  function sourceTop(source: Node, target: Node) {
    let y = target.y0 - ((target.targetLinks.length - 1) * py) / 2;
    for (const { source: node, width } of target.targetLinks) {
      if (node === source) break;
      y += width + py;
    }
    for (const { target: node, width } of source.sourceLinks) {
      if (node === target) break;
      y -= width;
    }
    return y;
  }

  return sankey;
}
