import { expect } from '@open-wc/testing';
import { trendHeight, trendLayout } from '../../src/charts/trend.js';

const p = (value: number | null, lo: number | null, hi: number | null, n: number) => ({ value, lo, hi, n });

describe('trendLayout', () => {
  // 640 px: the plot runs from x0 = 36 (axis) + 6 = 42 to x1 = 640 − 8 = 632, and from y 10 to 10 + 240 = 250.
  // Values 10 … 50 (with the intervals and the target 30): d3's nice(10, 50, 5 ticks) = [10, 50],
  // so y(v) = 250 − (v − 10) / 40 · 240: y(20) = 190, y(30) = 130, y(40) = 70, y(50) = 10.
  it('spaces periods evenly, fits the axis to values, intervals and target, and breaks the line at a gap', () => {
    const layout = trendLayout([{ key: '', points: [p(20, 10, 30, 50), p(null, null, null, 0), p(40, 30, 50, 50)] }], { width: 640, limits: [-100, 100], target: 30, minN: 30 });
    expect([layout.x(0), layout.x(1), layout.x(2)]).to.deep.equal([42, 337, 632]);
    expect(layout.yTicks.map((t) => [t.value, t.y])).to.deep.equal([
      [10, 250],
      [20, 190],
      [30, 130],
      [40, 70],
      [50, 10],
    ]);
    expect(layout.target).to.deep.equal({ y: 130 });
    const [line] = layout.lines;
    // Two runs of one point: no segment crosses the empty period; each point keeps a 6 px band for its interval.
    expect(line!.line).to.equal('');
    expect(line!.band).to.equal('M39,130H45V250H39ZM629,10H635V130H629Z');
    expect(line!.points.map((q) => [q.index, q.x, q.y])).to.deep.equal([
      [0, 42, 190],
      [2, 632, 70],
    ]);
    expect(layout.height).to.equal(trendHeight(640));
    expect(trendHeight(640)).to.equal(10 + 240 + 28 + 22);
    expect(trendHeight(320)).to.equal(10 + 180 + 28 + 22);
  });

  it('leaves a period under min-n off the line (hollow) and off the axis fit', () => {
    // Four periods at x = 42, 238.7, 435.3, 632 (step 590 / 3); the third has 5 answers and an interval of −60 … +100.
    const layout = trendLayout([{ key: '', points: [p(20, 10, 30, 50), p(40, 30, 50, 50), p(20, -60, 100, 5), p(40, 30, 50, 50)] }], { width: 640, limits: [-100, 100], minN: 30 });
    const [line] = layout.lines;
    expect(line!.points.map((q) => q.thin)).to.deep.equal([false, false, true, false]);
    expect(line!.line).to.equal('M42,190L238.7,70');
    // The thin period's interval is not fitted: the axis stays 10 … 50.
    expect([layout.yTicks[0]!.value, layout.yTicks.at(-1)!.value]).to.deep.equal([10, 50]);
  });

  it('n bars scale to the largest period, 22 px high at most, and x labels thin out to one per 64 px', () => {
    const points = Array.from({ length: 26 }, (_, i) => p(30, 20, 40, i === 5 ? 200 : 100));
    const layout = trendLayout([{ key: '', points }], { width: 390, limits: [-100, 100] });
    // 390 px: x from 42 to 382, step 340 / 25 = 13.6 px; one label every ceil(64 / 13.6) = 5 periods, ending on the last.
    expect(layout.xLabels).to.deep.equal([0, 5, 10, 15, 20, 25]);
    expect(layout.nBars[5]!.height).to.equal(22);
    expect(layout.nBars[0]!.height).to.equal(11);
  });
});
