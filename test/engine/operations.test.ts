import { expect } from '@open-wc/testing';
import {
  abandonment,
  containment,
  firstContactResolution,
  OPERATIONS_TARGETS,
  responseTimes,
  selfCareResolution,
  transferRate,
  transferRates,
} from '../../src/engine/index.js';

const EPS = 1e-12;

describe('operations: rates over counts', () => {
  it('first-contact resolution: 72 of 90 contacts resolved at once → 80 %, the seeds’ ideal', () => {
    // 100 · 72 / 90 = 80
    expect(firstContactResolution({ resolvedFirst: 72, contacts: 90 })).to.deep.equal({ value: 80, n: 90 });
    expect(OPERATIONS_TARGETS.firstContactResolution).to.deep.equal({ min: 70, ideal: 80 });
  });

  it('containment: 45 of 60 contacts not followed by another → 75 %', () => {
    expect(containment({ contained: 45, contacts: 60 })).to.deep.equal({ value: 75, n: 60 });
  });

  it('transfer rate: 7 of 56 contacts moved to another channel → 12.5 %, above the 10 % target', () => {
    const r = transferRate({ transferred: 7, contacts: 56 });
    expect(r).to.deep.equal({ value: 12.5, n: 56 });
    expect(r.value!).to.be.above(OPERATIONS_TARGETS.transferRate.max);
  });

  it('self-care resolution: 3 of 8 attempts → 37.5 %', () => {
    expect(selfCareResolution({ resolved: 3, attempts: 8 })).to.deep.equal({ value: 37.5, n: 8 });
  });

  it('abandonment before resolution: 1 of 3 → 33.33… %', () => {
    const r = abandonment({ abandoned: 1, started: 3 });
    expect(r.value!).to.be.closeTo(100 / 3, EPS);
    expect(r.n).to.equal(3);
  });

  it('gives null, not NaN, over no contact', () => {
    expect(firstContactResolution({ resolvedFirst: 0, contacts: 0 })).to.deep.equal({ value: null, n: 0 });
  });

  it('rejects negative counts and more resolved than contacts, naming the field', () => {
    expect(() => firstContactResolution({ resolvedFirst: 12, contacts: 10 })).to.throw(RangeError, /^resolvedFirst: cannot exceed contacts \(10\), got 12/);
    expect(() => firstContactResolution({ resolvedFirst: 1, contacts: -4 })).to.throw(RangeError, /^contacts: must be a finite number ≥ 0/);
    expect(() => containment({ contained: NaN, contacts: 4 })).to.throw(RangeError, /^contained:/);
    expect(() => selfCareResolution({ resolved: 5, attempts: 4 })).to.throw(RangeError, /^resolved:/);
    expect(() => abandonment({ abandoned: 1, started: Infinity })).to.throw(RangeError, /^started:/);
    expect(() => transferRate({ transferred: 2, contacts: 1 })).to.throw(RangeError, /^transferred:/);
  });
});

describe('operations: transfer rates between channels', () => {
  it('divides each pair by the contacts of its origin channel', () => {
    // chat → phone 6 of 40 = 15 %; chat → email 2 of 40 = 5 %; bot → phone 9 of 300 = 3 %
    const rows = transferRates(
      [
        { from: 'chat', to: 'phone', count: 6 },
        { from: ' chat', to: 'email', count: 2 },
        { from: 'bot', to: 'phone', count: 9 },
      ],
      { chat: 40, bot: 300 },
    );
    expect(rows).to.deep.equal([
      { from: 'chat', to: 'phone', transferred: 6, value: 15, n: 40 },
      { from: 'chat', to: 'email', transferred: 2, value: 5, n: 40 },
      { from: 'bot', to: 'phone', transferred: 9, value: 3, n: 300 },
    ]);
  });

  it('rejects transfers out of a channel beyond its contacts, and a missing origin', () => {
    expect(() => transferRates([{ from: 'chat', to: 'phone', count: 6 }, { from: 'chat', to: 'email', count: 5 }], { chat: 10 })).to.throw(RangeError, /^transfers\[1\]\.count: transfers out of chat exceed/);
    expect(() => transferRates([{ from: 'chat', to: 'phone', count: 1 }], {})).to.throw(RangeError, /^contacts\.chat: missing/);
    expect(() => transferRates([{ from: ' ', to: 'phone', count: 1 }], {})).to.throw(RangeError, /^transfers\[0\]\.from:/);
  });
});

describe('operations: response times', () => {
  it('gives the mean and median per channel against the seeds’ targets', () => {
    const rows = responseTimes([
      // chat: 30, 50, 40, 200 s → mean 320/4 = 80 (over the 60 s target), median (40 + 50)/2 = 45
      { channel: 'chat', seconds: 30 },
      { channel: 'chat', seconds: 50 },
      { channel: 'Email', seconds: 3_600 },
      { channel: 'chat', seconds: 40 },
      { channel: 'chat', seconds: 200 },
      // email: 3 600, 7 200, 90 000 s → mean 100 800/3 = 33 600 (< 86 400), median 7 200
      { channel: 'Email', seconds: 90_000 },
      { channel: 'Email', seconds: 7_200 },
      // store has no target
      { channel: 'store', seconds: 10 },
    ]);
    expect(rows).to.deep.equal([
      { channel: 'chat', mean: 80, median: 45, n: 4, target: 60, withinTarget: false },
      { channel: 'Email', mean: 33_600, median: 7_200, n: 3, target: 86_400, withinTarget: true },
      { channel: 'store', mean: 10, median: 10, n: 1, target: null, withinTarget: null },
    ]);
  });

  it('takes pre-summed rows for the mean (the median then needs raw times)', () => {
    // social: 10 000 s over 4 answers + one of 4 400 s → 14 400 / 5 = 2 880 s (< 4 h = 14 400 s)
    const [row] = responseTimes([{ channel: 'social', totalSeconds: 10_000, count: 4 }, { channel: 'social', seconds: 4_400 }]);
    expect(row).to.deep.equal({ channel: 'social', mean: 2_880, median: null, n: 5, target: 14_400, withinTarget: true });
  });

  it('takes targets as an option and rejects negative times', () => {
    expect(responseTimes([{ channel: 'phone', seconds: 30 }], { targets: { phone: 20 } })[0]!.withinTarget).to.equal(false);
    expect(() => responseTimes([{ channel: 'chat', seconds: -1 }])).to.throw(RangeError, /^rows\[0\]\.seconds:/);
    expect(() => responseTimes([{ channel: '', seconds: 1 }])).to.throw(RangeError, /^rows\[0\]\.channel:/);
    expect(responseTimes([{ channel: 'chat', totalSeconds: 0, count: 0 }])[0]).to.deep.include({ mean: null, withinTarget: null });
  });
});
