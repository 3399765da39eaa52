import { expect } from '@open-wc/testing';
import { bandOf, gaugeLayout, npsBands, ringSegment } from '../../src/charts/gauge.js';
import { splitBarLayout } from '../../src/charts/split-bar.js';

// Default size: radius 90, thickness 20, margin 26 → centre (116, 116), needle length 80.
describe('gaugeLayout', () => {
  it('points the needle straight up at 0, left at −100, right at +100', () => {
    expect(gaugeLayout({ score: 0 })).to.deep.include({ needleAngle: 0, needleTip: { x: 116, y: 36 } });
    expect(gaugeLayout({ score: -100 })).to.deep.include({ needleAngle: -90, needleTip: { x: 36, y: 116 } });
    expect(gaugeLayout({ score: 100 })).to.deep.include({ needleAngle: 90, needleTip: { x: 196, y: 116 } });
  });

  it('turns 0.9° per point: NPS 30 is 27° right of vertical', () => {
    const { needleAngle, needleTip } = gaugeLayout({ score: 30 });
    expect(needleAngle).to.equal(27);
    // 116 + 80·sin 27° = 116 + 36.32; 116 − 80·cos 27° = 116 − 71.28
    expect(needleTip).to.deep.equal({ x: 152.32, y: 44.72 });
  });

  it('clamps scores beyond the scale to its ends', () => {
    expect(gaugeLayout({ score: 250 }).needleAngle).to.equal(90);
    expect(gaugeLayout({ score: -1000 }).needleAngle).to.equal(-90);
  });

  it('marks the target outside the arc, where the needle never reaches, and leaves it out when there is none', () => {
    const { target, needleTip } = gaugeLayout({ score: 28.4, target: 30 });
    expect(target!.angle).to.equal(27);
    // Tip on radius 91 along 27°: 116 + 91·sin 27° = 157.31, 116 − 91·cos 27° = 34.92; the needle stops at radius 80.
    expect(target!.mark.startsWith('M157.31,34.92L')).to.equal(true);
    expect(Math.hypot(needleTip.x - 116, needleTip.y - 116)).to.be.closeTo(80, 0.01);
    // The label at radius 102, starting there (right of the top): 116 + 102·sin 27° = 162.31,
    // 116 − 102·cos 27° = 25.117, lowered by 4·sin 27° = 1.816 → 26.93.
    expect(target!.label).to.deep.equal({ x: 162.31, y: 26.93 });
    expect(target!.anchor).to.equal('start');
    expect(gaugeLayout({ score: 0, target: null }).target).to.equal(undefined);
  });

  it('draws the 95 % interval as an arc inside the bands, clamped to the scale', () => {
    expect(gaugeLayout({ score: 30, margin: 7.7 }).margin).to.deep.include({ from: 22.3, to: 37.7 });
    expect(gaugeLayout({ score: 95, margin: 10 }).margin).to.deep.include({ from: 85, to: 100 });
    expect(gaugeLayout({ score: 30, margin: null }).margin).to.equal(undefined);
  });

  it('labels the band edges outside the arc, but the target’s own and one too close to it', () => {
    // Seed bands: edges 0, 30, 50 between −100 and +100.
    expect(gaugeLayout({ score: 0 }).ticks.map((t) => t.value)).to.deep.equal([-100, 0, 30, 50, 100]);
    // Target 40: edges 0, 40, 60; 40 is the target's label; 60 is 18° from it (≥ 0.2 rad = 11.5°): kept.
    expect(gaugeLayout({ score: 0, target: 40 }).ticks.map((t) => t.value)).to.deep.equal([-100, 0, 60, 100]);
    // Target 5: edges 0, 5, 50; 0 is 4.5° from the target: dropped.
    expect(gaugeLayout({ score: 0, target: 5 }).ticks.map((t) => t.value)).to.deep.equal([-100, 50, 100]);
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

  it('derives the bands from the target: to improve up to it, acceptable to max(50, target + 20)', () => {
    const edges = (t: number | null) => npsBands(t).map((b) => [b.from, b.to, b.kind]);
    expect(edges(null)).to.deep.equal([[-100, 0, 'negative'], [0, 30, 'fair'], [30, 50, 'good'], [50, 100, 'excellent']]);
    expect(edges(30)).to.deep.equal(edges(null));
    expect(edges(40)).to.deep.equal([[-100, 0, 'negative'], [0, 40, 'fair'], [40, 60, 'good'], [60, 100, 'excellent']]);
    expect(edges(10)).to.deep.equal([[-100, 0, 'negative'], [0, 10, 'fair'], [10, 50, 'good'], [50, 100, 'excellent']]);
    // 85 + 20 passes the scale: no "very good" band is left.
    expect(edges(85)).to.deep.equal([[-100, 0, 'negative'], [0, 85, 'fair'], [85, 100, 'good']]);
    // At or below 0 the negative band ends at the target.
    expect(edges(-20)).to.deep.equal([[-100, -20, 'negative'], [-20, 50, 'good'], [50, 100, 'excellent']]);
    expect(bandOf(45, npsBands(40)).kind).to.equal('good');
    expect(bandOf(35, npsBands(40)).kind).to.equal('fair');
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
