import { expect } from '@open-wc/testing';
import { bandOf, gaugeLayout, ringSegment } from '../../src/charts/gauge.js';
import { splitBarLayout } from '../../src/charts/split-bar.js';

// Default size: radius 90, thickness 20, margin 16 → centre (106, 106), needle length 80.
describe('gaugeLayout', () => {
  it('points the needle straight up at 0, left at −100, right at +100', () => {
    expect(gaugeLayout({ score: 0 })).to.deep.include({ needleAngle: 0, needleTip: { x: 106, y: 26 } });
    expect(gaugeLayout({ score: -100 })).to.deep.include({ needleAngle: -90, needleTip: { x: 26, y: 106 } });
    expect(gaugeLayout({ score: 100 })).to.deep.include({ needleAngle: 90, needleTip: { x: 186, y: 106 } });
  });

  it('turns 0.9° per point: NPS 30 is 27° right of vertical', () => {
    const { needleAngle, needleTip } = gaugeLayout({ score: 30 });
    expect(needleAngle).to.equal(27);
    // 106 + 80·sin 27° = 106 + 36.32; 106 − 80·cos 27° = 106 − 71.28
    expect(needleTip).to.deep.equal({ x: 142.32, y: 34.72 });
  });

  it('clamps scores beyond the scale to its ends', () => {
    expect(gaugeLayout({ score: 250 }).needleAngle).to.equal(90);
    expect(gaugeLayout({ score: -1000 }).needleAngle).to.equal(-90);
  });

  it('marks the target across the arc, and leaves it out when there is none', () => {
    const { target } = gaugeLayout({ score: 0, target: 50 });
    expect(target!.angle).to.equal(45);
    // inner radius 70 − 4 = 66 and outer 90 + 4 = 94 along 45°: 106 ± r·√½
    expect(target!.inner).to.deep.equal({ x: 152.67, y: 59.33 });
    expect(target!.outer).to.deep.equal({ x: 172.47, y: 39.53 });
    expect(gaugeLayout({ score: 0, target: null }).target).to.equal(undefined);
  });

  it('draws one arc per seed band, covering −100…100 in order', () => {
    const { bands, track } = gaugeLayout({ score: 0 });
    expect(bands.map((b) => [b.from, b.to, b.kind])).to.deep.equal([
      [-100, 0, 'negative'],
      [0, 30, 'fair'],
      [30, 50, 'good'],
      [50, 100, 'excellent'],
    ]);
    for (const b of bands) expect(b.path).to.match(/^M.*A.*Z$/);
    expect(track).to.match(/^M/);
  });

  it('rates a score by band: 30 is acceptable, above 50 very good', () => {
    expect(bandOf(-5).kind).to.equal('negative');
    expect(bandOf(29.9).kind).to.equal('fair');
    expect(bandOf(30).kind).to.equal('good');
    expect(bandOf(50).kind).to.equal('excellent');
    expect(bandOf(100).kind).to.equal('excellent');
  });
});

describe('splitBarLayout', () => {
  it('lays parts end to end in proportion: 200 / 120 / 80 → 50 %, 30 %, 20 %', () => {
    const parts = splitBarLayout([
      { key: 'p', count: 200 },
      { key: 'a', count: 120 },
      { key: 'd', count: 80 },
    ]);
    expect(parts.map((p) => [p.key, p.share, p.x, p.width])).to.deep.equal([
      ['p', 0.5, 0, 50],
      ['a', 0.3, 50, 30],
      ['d', 0.2, 80, 20],
    ]);
  });

  it('gives zero widths, not NaN, when there is nothing', () => {
    expect(splitBarLayout([{ key: 'p', count: 0 }]).map((p) => p.width)).to.deep.equal([0]);
  });
});

describe('ringSegment', () => {
  it('draws the top-right quarter of a ring: outer arc from 12 to 3 o’clock, inner arc back', () => {
    // Outer radius 10 from (0, −10) to (10, 0); line in to (5, 0); inner radius 5 back to (0, −5).
    const d = ringSegment(5, 10, 0, Math.PI / 2);
    const numbers = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number).map((n) => Math.round(n * 1000) / 1000);
    expect(d[0]).to.equal('M');
    expect(d.at(-1)).to.equal('Z');
    expect(numbers.slice(0, 2)).to.deep.equal([0, -10]); // start: top of the outer circle
    // "A10,10,0,0,1,10,0": radius 10, small arc, clockwise sweep, ends at 3 o'clock.
    expect(numbers.slice(2, 9)).to.deep.equal([10, 10, 0, 0, 1, 10, 0]);
    expect(numbers.slice(9, 11)).to.deep.equal([5, 0]); // line in to the inner circle
    // "A5,5,0,0,0,0,-5": radius 5, counter-clockwise back to 12 o'clock.
    expect(numbers.slice(11, 18)).to.deep.equal([5, 5, 0, 0, 0, 0, -5]);
  });
});
