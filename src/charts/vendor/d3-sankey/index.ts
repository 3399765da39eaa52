// d3-sankey 0.12.3 (src/index.js) without sankeyLinkHorizontal (./README.md), https://github.com/d3/d3-sankey, Copyright 2015 Mike Bostock, BSD-3-Clause (./LICENSE).
export { default as sankey } from './sankey.js';
export type { SankeyGenerator, SankeyGraph, SankeyLaidGraph, SankeyLaidLink, SankeyLaidNode, SankeyLinkProps, SankeyNodeProps } from './sankey.js';
export { center as sankeyCenter, left as sankeyLeft, right as sankeyRight, justify as sankeyJustify } from './align.js';
