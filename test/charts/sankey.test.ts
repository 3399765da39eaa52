import { expect } from '@open-wc/testing';
import { fitHeadings, horizontalLink, labelMode, nextNode, pathsThrough, sankeyFrame, sankeyHeight, sankeyLayout, spreadLabels, tintLevel } from '../../src/charts/sankey.js';
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

  it('gives the fullest column 30 px a node and the diagram half its width, from 180 to 1200 px', () => {
    expect(sankeyHeight(graph)).to.equal(180); // 2 nodes → 60, raised to 180
    const nodes = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}@1`, kind: 'channel' as const, channel: `c${i}`, step: 1 }));
    expect(sankeyHeight({ nodes })).to.equal(300); // 10 × 30
    expect(sankeyHeight({ nodes }, { width: 800 })).to.equal(400); // 800 / 2 > 300
    expect(sankeyHeight({ nodes }, { width: 4000 })).to.equal(1200); // 2000, capped
  });
});

describe('the Sankey’s labels, headings and tints', () => {
  it('heads the columns in full when they fit, else in short', () => {
    // Columns at x = 0, 145, 290 of a 300 px chart, 10 px nodes; 6.8 px a character, 6 px apart.
    // "1st touch" (9 chars, 61.2 px) from 0; "2nd touch" centred on 150: 119.4–180.6; "Outcome" (7, 47.6 px) ends at 300: 252.4.
    const wide = fitHeadings([0, 145, 290], 300, ['1st touch', '2nd touch', 'Outcome'], ['1st', '2nd', 'Outcome']);
    expect(wide).to.deep.equal({ texts: ['1st touch', '2nd touch', 'Outcome'], anchors: ['start', 'middle', 'end'], x: [0, 150, 300], short: false });
    // At 150 px: columns 0, 70, 140; "2nd touch" centred on 75 spans 44.4–105.6, within 6 px of "1st touch" (ends 61.2): short form.
    const narrow = fitHeadings([0, 70, 140], 150, ['1st touch', '2nd touch', 'Outcome'], ['1st', '2nd', 'Outcome']);
    expect(narrow.texts).to.deep.equal(['1st', '2nd', 'Outcome']);
    expect(narrow.short).to.equal(true);
  });

  it('keeps labels beside the nodes while names stay distinct, else asks for a legend', () => {
    // 68 px of room → 10 characters: "display" and "direct" fit whole.
    expect(labelMode(['display', 'direct'], 68)).to.deep.equal({ mode: 'labels', maxChars: 10 });
    // 40.8 px → 6 characters, under the 8 kept: a legend.
    expect(labelMode(['display', 'direct'], 40.8)).to.deep.equal({ mode: 'legend', maxChars: 6 });
    // 54.4 px → 8 characters: "customer-a" and "customer-b" both cut to "custome…": they would look the same.
    expect(labelMode(['customer-a', 'customer-b'], 54.4).mode).to.equal('legend');
    // Short names fit whatever the room's minimum: "a" and "b" in 20 px (2 characters).
    expect(labelMode(['a', 'b'], 20).mode).to.equal('labels');
  });

  it('pushes labels apart, within the chart', () => {
    // Three 14 px labels wanting 50, 52, 100 between 0 and 200: the second moves to 64, the third stays.
    expect(spreadLabels([50, 52, 100], 14, 0, 200)).to.deep.equal([50, 64, 100]);
    // Wanting 190, 195 under a bottom of 200: the last is held at 193, the one above at 179.
    expect(spreadLabels([190, 195], 14, 0, 200)).to.deep.equal([179, 193]);
  });

  it('tints a link by the share of its journeys that convert, in five steps', () => {
    expect(tintLevel(0, 10)).to.equal(0);
    expect(tintLevel(3, 10)).to.equal(1); // 30 % × 4 = 1.2 → 1
    expect(tintLevel(6, 10)).to.equal(2); // 2.4 → 2
    expect(tintLevel(7, 10)).to.equal(3); // 2.8 → 3
    expect(tintLevel(10, 10)).to.equal(4);
    expect(tintLevel(0, 0)).to.equal(0); // no journey
  });
});
