// d3-sankey 0.12.3 (src/align.js), https://github.com/d3/d3-sankey, Copyright 2015 Mike Bostock, BSD-3-Clause (./LICENSE).
import { min } from 'd3-array';
import type { SankeyLinkProps, SankeyNodeProps } from './sankey.js';

function targetDepth(d: SankeyLinkProps): number {
  return d.target.depth;
}

export function left(node: SankeyNodeProps): number {
  return node.depth;
}

export function right(node: SankeyNodeProps, n: number): number {
  return n - 1 - node.height;
}

export function justify(node: SankeyNodeProps, n: number): number {
  return node.sourceLinks.length ? node.depth : n - 1;
}

export function center(node: SankeyNodeProps): number {
  return node.targetLinks.length ? node.depth : node.sourceLinks.length ? min(node.sourceLinks, targetDepth)! - 1 : 0;
}
