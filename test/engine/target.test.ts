import { expect } from '@open-wc/testing';
import { targetStatus } from '../../src/engine/index.js';

describe('targetStatus', () => {
  it('NPS 26.9 ± 7.6 vs 30: 19.3 … 34.5 contains 30 → within margin', () => {
    expect(targetStatus(26.9, 26.9 - 7.6, 26.9 + 7.6, 30)).to.equal('within-margin');
  });

  it('NPS 52.5 ± 7 vs 30: 45.5 … 59.5, all above 30 → met', () => {
    expect(targetStatus(52.5, 45.5, 59.5, 30)).to.equal('met');
  });

  it('NPS 3.3 ± 15 vs 30: upper end 18.3 < 30 → below', () => {
    expect(targetStatus(3.3, -11.7, 18.3, 30)).to.equal('below');
  });

  it('a point above the target whose interval reaches below it is within margin, not met', () => {
    expect(targetStatus(33, 25, 41, 30)).to.equal('within-margin');
  });

  it('the ends count as inside: low end on the target → met, high end on the target → within margin', () => {
    expect(targetStatus(35, 30, 40, 30)).to.equal('met');
    expect(targetStatus(25, 20, 30, 30)).to.equal('within-margin');
  });

  it('lower is better (CES, lower-is-easier): mirrored', () => {
    // 2.5 … 2.9 all ≤ 3 → met; 3.1 … 3.6 all > 3 → below; 2.8 … 3.2 contains 3 → within margin
    expect(targetStatus(2.7, 2.5, 2.9, 3, false)).to.equal('met');
    expect(targetStatus(3.3, 3.1, 3.6, 3, false)).to.equal('below');
    expect(targetStatus(3, 2.8, 3.2, 3, false)).to.equal('within-margin');
  });

  it('store CES 4.94 (4.81 … 5.07) vs 5, higher is easier → within margin', () => {
    expect(targetStatus(4.94, 4.81, 5.07, 5)).to.equal('within-margin');
  });

  it('without an interval the point decides', () => {
    expect(targetStatus(30, null, null, 30)).to.equal('met');
    expect(targetStatus(29, null, null, 30)).to.equal('below');
    expect(targetStatus(3, null, null, 3, false)).to.equal('met');
    expect(targetStatus(3.5, null, 4, 3, false)).to.equal('below');
  });
});
