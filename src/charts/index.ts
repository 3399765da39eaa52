export { gaugeLayout, bandOf, ringSegment, NPS_BANDS, type GaugeLayout, type Band, type Point, type GaugeSize } from './gauge.js';
export { splitBarLayout, type SplitPart, type SplitSegment } from './split-bar.js';
export { barsLayout, type BarDatum, type BarsOptions, type BarsLayout, type BarRow } from './bars.js';
export { truncate } from './text.js';
export { sankeyLayout, sankeyHeight, sankeyFrame, pathsThrough, nextNode, horizontalLink, STACK_BELOW, type SankeyLayout, type SankeyNode, type SankeyLink, type SankeyOptions } from './sankey.js';
