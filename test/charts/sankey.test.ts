import { expect } from '@open-wc/testing';
import { horizontalLink, nextNode, pathsThrough, sankeyFrame, sankeyHeight, sankeyLayout } from '../../src/charts/sankey.js';
import { journeyGraph } from '../../src/engine/journey-graph.js';

/**
 * 8 journeys over 2 steps and 2 channels:
 *   a > b   2 conversions, 2 nulls → 4 journeys
 *   b       1 conversion, 3 nulls  → 4 journeys
 * Nodes: a@1 (4), b@1 (4) | b@2 (4) | conversion (3), no conversion (5).
 */
const graph = journeyGraph(
  [
    { path: 'a > b', conversions: 2, nulls: 2 },
    { path: 'b', conversions: 1, nulls: 3 },
  ],
  { minShare: 0 },
);

describe('sankeyLayout', () => {
  // 300 × 100, nodes 10 wide, 10 apart. Three columns: x = 0, (300 − 10)/2 = 145, 290.
  // Vertical scale: the tightest column sets px per journey: columns 1 and 3 hold 8 journeys in
  // two nodes, (100 − 10)/8 = 11.25 px; column 2 would allow 100/4 = 25. So a node of 4 is 45 px.
  const layout = sankeyLayout(graph, { width: 300, height: 100, nodeWidth: 10, nodePadding: 10 });
  const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
  const box = (id: string) => {
    const n = node(id);
    return [n.x0, n.x1, n.y0, n.y1];
  };
  const link = (source: string, target: string) => layout.links.find((l) => l.source === source && l.target === target)!;

  it('puts each node in the column of its step, the ends in the last one', () => {
    expect(layout.columns).to.deep.equal([['a@1', 'b@1'], ['b@2'], ['conversion', 'no conversion']]);
    expect(layout.nodes.map((n) => n.column)).to.deep.equal([0, 0, 1, 2, 2]);
  });

  it('sizes nodes by journeys and stacks them largest first, conversion above no conversion', () => {
    // Column 1: a@1 0…45, gap 10, b@1 55…100 (a tie: the order met first).
    expect(box('a@1')).to.deep.equal([0, 10, 0, 45]);
    expect(box('b@1')).to.deep.equal([0, 10, 55, 100]);
    // Column 2: one node of 45 px; the 55 px left are shared above and below: 27.5 each.
    expect(box('b@2')).to.deep.equal([145, 155, 27.5, 72.5]);
    // Column 3: conversion 3 × 11.25 = 33.75, gap 10, no conversion 5 × 11.25 = 56.25.
    expect(box('conversion')).to.deep.equal([290, 300, 0, 33.75]);
    expect(box('no conversion')).to.deep.equal([290, 300, 43.75, 100]);
  });

  it('carries journeys, conversions and value through each node', () => {
    expect([node('a@1').value, node('a@1').conversions]).to.deep.equal([4, 2]);
    expect([node('b@1').value, node('b@1').conversions]).to.deep.equal([4, 1]);
    expect([node('conversion').value, node('conversion').conversions]).to.deep.equal([3, 3]);
    expect([node('no conversion').value, node('no conversion').conversions]).to.deep.equal([5, 0]);
  });

  it('gives links a width in proportion to their journeys, stacked in the order of the nodes at their other end', () => {
    const ab = link('a@1', 'b@2');
    expect([ab.width, ab.y0, ab.y1]).to.deep.equal([45, 22.5, 50]);
    // A band 45 high: its edges meet a@1's (0…45) and b@2's (27.5…72.5) exactly.
    expect(ab.path).to.equal('M10,0C77.5,0 77.5,27.5 145,27.5V72.5C77.5,72.5 77.5,45 10,45Z');
    // b@1 sends 1 to conversion (11.25 px) above 3 to no conversion (33.75 px): centres 55 + 5.625, 55 + 11.25 + 16.875.
    expect([link('b@1', 'conversion').width, link('b@1', 'conversion').y0]).to.deep.equal([11.25, 60.63]);
    expect([link('b@1', 'no conversion').width, link('b@1', 'no conversion').y0]).to.deep.equal([33.75, 83.13]);
    // Into conversion: from b@2 (higher) first, 22.5 px centred at 11.25, then from b@1 at 22.5 + 5.625.
    expect(link('b@2', 'conversion').y1).to.equal(11.25);
    expect(link('b@1', 'conversion').y1).to.equal(28.13);
    // Into no conversion: from b@2, 22.5 px from 43.75 → centre 55.
    expect(link('b@2', 'no conversion').y1).to.equal(55);
  });

  it('draws links as bands between two horizontal curves, control points half way', () => {
    // From (0, 10) to (100, 50), 4 high: top edge 8 → 48, bottom edge 52 → 12.
    expect(horizontalLink(0, 10, 100, 50, 4)).to.equal('M0,8C50,8 50,48 100,48V52C50,52 50,12 0,12Z');
  });

  it('returns an empty layout for an empty graph', () => {
    expect(sankeyLayout({ nodes: [], links: [] }, { width: 300, height: 100 })).to.deep.equal({ width: 300, height: 100, nodes: [], links: [], columns: [] });
  });

  it('lights the paths through a node or a link', () => {
    const through = pathsThrough(layout, { node: 'b@2' });
    expect([...through.nodes].sort()).to.deep.equal(['a@1', 'b@2', 'conversion', 'no conversion']);
    expect([...through.links].map((i) => `${layout.links[i]!.source}>${layout.links[i]!.target}`).sort()).to.deep.equal([
      'a@1>b@2',
      'b@2>conversion',
      'b@2>no conversion',
    ]);
    const viaLink = pathsThrough(layout, { link: link('b@1', 'conversion').index });
    expect([...viaLink.nodes].sort()).to.deep.equal(['b@1', 'conversion']);
    expect(viaLink.links.size).to.equal(1);
  });

  it('moves the keyboard within a column and to the nearest node across steps', () => {
    expect(nextNode(layout, 'a@1', 'ArrowDown')).to.equal('b@1');
    expect(nextNode(layout, 'b@1', 'ArrowDown')).to.equal('b@1');
    expect(nextNode(layout, 'b@1', 'ArrowUp')).to.equal('a@1');
    // b@1's centre 77.5 is nearest b@2's 50 (the only node); from b@2 (50) the nearest end is no conversion (71.9), not conversion (16.9).
    expect(nextNode(layout, 'b@1', 'ArrowRight')).to.equal('b@2');
    expect(nextNode(layout, 'b@2', 'ArrowRight')).to.equal('no conversion');
    expect(nextNode(layout, 'b@2', 'ArrowLeft')).to.equal('a@1'); // 22.5 and 77.5 tie at 27.5: the upper one
    expect(nextNode(layout, 'no conversion', 'ArrowRight')).to.equal('no conversion');
    expect(nextNode(layout, 'b@2', 'Home')).to.equal('a@1');
    expect(nextNode(layout, 'a@1', 'End')).to.equal('no conversion');
    expect(nextNode(layout, 'a@1', 'Enter')).to.equal(null);
  });
});

describe('sankeyFrame and sankeyHeight', () => {
  it('stacks under 600 px and splits 60 / 40 around a 24 px gap above', () => {
    expect(sankeyFrame(320)).to.deep.equal({ stacked: true, chartWidth: 320, panelWidth: 320 });
    expect(sankeyFrame(599).stacked).to.equal(true);
    // (624 − 24) · 0.6 = 360; the panel gets 624 − 24 − 360 = 240.
    expect(sankeyFrame(624)).to.deep.equal({ stacked: false, chartWidth: 360, panelWidth: 240 });
  });

  it('gives the fullest column 34 px a node, from 180 px', () => {
    expect(sankeyHeight(graph)).to.equal(180); // 2 nodes → 68, raised to 180
    const nodes = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}@1`, kind: 'channel' as const, channel: `c${i}`, step: 1 }));
    expect(sankeyHeight({ nodes })).to.equal(340);
  });
});
