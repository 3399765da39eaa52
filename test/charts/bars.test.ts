import { expect } from '@open-wc/testing';
import { barsLayout } from '../../src/charts/bars.js';
import { truncate } from '../../src/charts/text.js';

const row = (key: string, value: number, lo: number | null = null, hi: number | null = null) => ({ key, value, lo, hi });

describe('barsLayout', () => {
  // width 500: label column min(140, max(72, 0.28·500)) = 140, value column min(96, max(64, 100)) = 96,
  // plot from 140 + 8 = 148 to 500 − 96 − 8 = 396 (248 px); rows 36 px high below an 18 px axis.
  const layout = barsLayout([row('email', 75, 65.695, 82.455), row('phone', 60)], { width: 500, domain: [0, 100], baseline: 0, target: 80 });

  it('splits the width into label, plot and value columns', () => {
    expect([layout.labelWidth, layout.plotX0, layout.plotX1, layout.valueX]).to.deep.equal([140, 148, 396, 404]);
    expect(layout.height).to.equal(18 + 2 * 36);
  });

  it('draws each bar from the baseline to its value, centred in its row', () => {
    // 75 % of 248 px = 186 px; bar 18 px high, centred on 18 + 18 = 36.
    expect(layout.rows[0]!.bar).to.deep.equal({ x: 148, width: 186, y: 27, height: 18 });
    expect(layout.rows[1]!.y).to.equal(54);
    expect(layout.rows[1]!.bar.width).to.equal(148.8); // 60 % of 248
  });

  it('puts the interval whisker and the target on the same scale', () => {
    // 148 + 0.65695·248 = 310.92; 148 + 0.82455·248 = 352.49; target 148 + 0.8·248 = 346.4
    expect(layout.rows[0]!.whisker).to.deep.equal({ x1: 310.92, x2: 352.49, y: 36 });
    expect(layout.rows[1]!.whisker).to.equal(null);
    expect(layout.target).to.deep.equal({ x: 346.4 });
  });

  it('ticks at round values, about one per 70 px', () => {
    expect(layout.ticks.map((t) => [t.value, t.x])).to.deep.equal([
      [0, 148],
      [50, 272],
      [100, 396],
    ]);
  });

  it('draws negative NPS bars leftward from 0', () => {
    const nps = barsLayout([row('phone', -20)], { width: 500, domain: [-100, 100], baseline: 0 });
    // 0 sits at 148 + 124 = 272; −20 at 148 + 0.4·248 = 247.2
    expect(nps.rows[0]!.bar).to.deep.include({ x: 247.2, width: 24.8 });
  });

  it('starts CES bars at the low end of the scale and clamps values to the domain', () => {
    const ces = barsLayout([row('chat', 4, 0, 9)], { width: 500, domain: [1, 7], baseline: 1 });
    // 4 on 1–7 is half way: 124 px; the interval is clamped to 1…7.
    expect(ces.rows[0]!.bar).to.deep.include({ x: 148, width: 124 });
    expect(ces.rows[0]!.whisker).to.deep.include({ x1: 148, x2: 396 });
  });

  it('keeps a readable plot at 320 px', () => {
    const narrow = barsLayout([row('a', 50)], { width: 320, domain: [0, 100], baseline: 0 });
    // label max(72, 89.6) → 90, value column 64: plot 98…248
    expect([narrow.labelWidth, narrow.plotX0, narrow.plotX1]).to.deep.equal([90, 98, 248]);
  });
});

describe('truncate', () => {
  it('shortens long labels with an ellipsis, by code point', () => {
    expect(truncate('email', 10)).to.equal('email');
    expect(truncate('customer-service-callback', 10)).to.equal('customer-…');
    expect(truncate('😀😀😀😀', 3)).to.equal('😀😀…');
  });
});
