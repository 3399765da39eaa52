import { expect } from '@open-wc/testing';
import { TargetsSchema, seedTarget, smartStatus } from '../../src/engine/index.js';
import { problemFromIssues } from '../../src/data/problem.js';

// FCR from 64 % on 1 January 2026 to 80 % by 31 December 2026: 364 days.
// On 2 July (day 182 of 364) the line is at 64 + 16 · 182/364 = 72 %.
const FCR = { target: 80, direction: 'above', baseline: 64, from: '2026-01-01', by: '2026-12-31' } as const;

describe('smartStatus: met, on track, behind, not met', () => {
  it('met at or past the target, whatever the date', () => {
    expect(smartStatus(80, FCR, '2026-07-02')).to.equal('met');
    expect(smartStatus(85, FCR, '2025-06-01')).to.equal('met');
    expect(smartStatus(80.1, FCR, '2027-03-01')).to.equal('met');
  });

  it('on track at or above the straight line for the day', () => {
    expect(smartStatus(72, FCR, '2026-07-02')).to.equal('on-track'); // on the line: 72
    expect(smartStatus(71.9, FCR, '2026-07-02')).to.equal('behind');
  });

  it('before from the line is the baseline; on and after by it is the target', () => {
    expect(smartStatus(64, FCR, '2025-12-01')).to.equal('on-track');
    expect(smartStatus(63.9, FCR, '2025-12-01')).to.equal('behind');
    // On the first day: 64 + 16 · 0 = 64.
    expect(smartStatus(64, FCR, '2026-01-01')).to.equal('on-track');
    // On the deadline the line reaches 80: 79.9 is behind; after it too.
    expect(smartStatus(79.9, FCR, '2026-12-31')).to.equal('behind');
    expect(smartStatus(79.9, FCR, '2027-01-15')).to.equal('behind');
    // The day before: 64 + 16 · 363/364 = 79.956…
    expect(smartStatus(79.96, FCR, '2026-12-30')).to.equal('on-track');
    expect(smartStatus(79.95, FCR, '2026-12-30')).to.equal('behind');
  });

  it('below targets: transfer from 14 % to under 10 % between 1 March and 31 May (91 days)', () => {
    const transfer = { target: 10, direction: 'below', baseline: 14, from: '2026-03-01', by: '2026-05-31' } as const;
    // 15 April is day 45 of 91: 14 − 4 · 45/91 = 12.0220…
    expect(smartStatus(12, transfer, '2026-04-15')).to.equal('on-track');
    expect(smartStatus(12.1, transfer, '2026-04-15')).to.equal('behind');
    expect(smartStatus(9.5, transfer, '2026-04-15')).to.equal('met');
    // The direction follows the KPI when the target does not say it.
    expect(smartStatus(9.5, { target: 10 }, '2026-04-15', 'lower')).to.equal('met');
    expect(smartStatus(9.5, { target: 10 }, '2026-04-15', 'higher')).to.equal('not-met');
  });

  it('no deadline: met or not met; a deadline without a baseline: the line is the target', () => {
    expect(smartStatus(75, { target: 80 }, '2026-07-02')).to.equal('not-met');
    expect(smartStatus(81, { target: 80 }, '2026-07-02')).to.equal('met');
    expect(smartStatus(75, { target: 80, by: '2026-12-31' }, '2026-07-02')).to.equal('behind');
  });
});

describe('targets: the schema names the bad field', () => {
  const problem = (targets: unknown) => {
    const result = TargetsSchema.safeParse(targets);
    if (result.success) throw new Error('expected a problem');
    return problemFromIssues(result.error.issues, targets, 'data');
  };

  it('a deadline before its start, a date that is not one, a baseline without its date, a bad direction', () => {
    expect(problem([{ kpi: 'fcr', target: 80, baseline: 64, from: '2026-12-31', by: '2026-01-01' }])).to.include({ field: '[0].by' });
    expect(problem([{ kpi: 'fcr', target: 80 }, { kpi: 'fcr', target: 80, by: '2026-02-30' }])).to.include({ field: '[1].by' });
    expect(problem([{ kpi: 'fcr', target: 80, baseline: 64 }])).to.include({ field: '[0].from' });
    expect(problem([{ kpi: 'fcr', target: 80, direction: 'up' }])).to.include({ field: '[0].direction' });
    expect(problem([{ kpi: 'fcr', target: '80' }])).to.include({ field: '[0].target', code: 'type' });
  });
});

describe('seedTarget: the seeds’ targets', () => {
  it('FCR > 70, transfer < 10, NPS > 30, response time per channel, CES ≤ 3 only when lower is easier', () => {
    expect(seedTarget('fcr')).to.include({ target: 70, direction: 'above' });
    expect(seedTarget('transfer')).to.include({ target: 10, direction: 'below' });
    expect(seedTarget('self-care')).to.include({ target: 30, direction: 'above' });
    expect(seedTarget('abandonment')).to.include({ target: 10, direction: 'below' });
    expect(seedTarget('nps')).to.include({ target: 30, direction: 'above' });
    expect(seedTarget('response-time', { channel: 'chat' })).to.include({ target: 60 });
    expect(seedTarget('response-time', { channel: 'social' })).to.include({ target: 14_400 });
    expect(seedTarget('response-time', { channel: 'email' })).to.include({ target: 86_400 });
    expect(seedTarget('response-time', { channel: 'phone' })).to.equal(undefined);
    expect(seedTarget('ces')).to.equal(undefined);
    expect(seedTarget('ces', { lowerIsEasier: true })).to.include({ target: 3, direction: 'below' });
    expect(seedTarget('revenue')).to.equal(undefined);
  });
});
