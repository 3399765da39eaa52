import { expect } from '@open-wc/testing';
import { byGroups, nps, periodLabel, periodOfDay, type Histogram, type Response } from '../../src/engine/index.js';
import { mulberry32 } from '../bench/random.js';

const r = (score: number, touchpoint?: string, stage?: string, extra: Partial<Response> = {}): Response => ({ metric: 'nps', score, ...(touchpoint ? { touchpoint } : {}), ...(stage ? { stage } : {}), ...extra });

/**
 * By hand:
 * - web × purchase: 10, 9, 3 → P 2, D 1, n 3: 100 (2 − 1)/3 = 33.33…
 * - web × after-sale: 0 → D 1: −100
 * - phone × purchase: 8 → passive: 0
 * - phone × after-sale: no answer (n = 0, score null)
 */
const answers: Response[] = [r(10, 'web', 'purchase'), r(0, 'web', 'after-sale'), r(9, 'web', 'purchase'), r(8, 'phone', 'purchase'), r(3, 'web', 'purchase'), { metric: 'csat', score: 5, touchpoint: 'web', stage: 'purchase' }];

describe('byGroups', () => {
  it('one cell per (row, column) pair, keys in order of first appearance, hand-computed figures', () => {
    const result = byGroups(answers, 'nps', { rows: 'touchpoint', columns: 'stage' });
    expect(result.rows).to.deep.equal(['web', 'phone']);
    expect(result.columns).to.deep.equal(['purchase', 'after-sale']);
    const cells = result.cells.map((c) => [c.row, c.column, c.score === null ? null : Math.round(c.score * 100) / 100, c.n]);
    expect(cells).to.deep.equal([
      ['web', 'purchase', 33.33, 3],
      ['web', 'after-sale', -100, 1],
      ['phone', 'purchase', 0, 1],
      ['phone', 'after-sale', null, 0],
    ]);
    // The metric's own result: web × purchase is nps() of its three answers.
    expect(result.cells[0]).to.deep.include(nps([10, 9, 3]));
  });

  it('transposed: rows and columns swap, figures stay', () => {
    const t = byGroups(answers, 'nps', { rows: 'stage', columns: 'touchpoint' });
    expect(t.rows).to.deep.equal(['purchase', 'after-sale']);
    expect(t.cells.find((c) => c.row === 'after-sale' && c.column === 'web')!.score).to.equal(-100);
  });

  it('answers without a key go to the "" group; where filters; CSAT and CES options pass through', () => {
    const result = byGroups([...answers, r(10, 'web')], 'nps', { rows: 'touchpoint', columns: 'stage' });
    expect(result.columns).to.deep.equal(['purchase', 'after-sale', '']);
    expect(result.cells.find((c) => c.row === 'web' && c.column === '')!.score).to.equal(100);
    const filtered = byGroups(answers, 'nps', { rows: 'touchpoint', columns: 'stage', where: { touchpoint: 'phone' } });
    expect(filtered.rows).to.deep.equal(['phone']);
    // CSAT on 1–5 with satisfiedFrom 5: scores 5, 4 → 1 of 2 = 50 %.
    const csat = byGroups(
      [
        { metric: 'csat', score: 5, channel: 'chat', stage: 's' },
        { metric: 'csat', score: 4, channel: 'chat', stage: 's' },
      ] as Response[],
      'csat',
      { rows: 'channel', columns: 'stage', satisfiedFrom: 5 },
    );
    expect(csat.cells[0]!.score).to.equal(50);
    // CES mean of 2 and 4 = 3.
    const ces = byGroups([{ metric: 'ces', score: 2, channel: 'a', stage: 'b' }, { metric: 'ces', score: 4, channel: 'a', stage: 'b' }] as Response[], 'ces', { rows: 'channel', columns: 'stage', higherIsEasier: false });
    expect(ces.cells[0]!.mean).to.equal(3);
  });

  it('refuses an unknown dimension or the same one twice, naming the option', () => {
    expect(() => byGroups(answers, 'nps', { rows: 'device' as never, columns: 'stage' })).to.throw(RangeError, /^rows: "device"/);
    expect(() => byGroups(answers, 'nps', { rows: 'stage', columns: 'stage' })).to.throw(RangeError, /^columns: "stage"/);
  });

  it('period as a dimension: the trend bucketing, in the time zone, gaps kept', () => {
    // 2026-05-31T23:30Z is 1 June in Paris (UTC+2): month 2026-06 there, 2026-05 in UTC.
    const timed = [
      r(10, 'web', undefined, { at: '2026-05-31T23:30:00Z' }),
      r(0, 'web', undefined, { at: '2026-05-10T10:00:00Z' }),
      r(9, 'app', undefined, { at: '2026-07-02T10:00:00Z' }),
      r(9, 'app'), // no `at`: undated
    ];
    const utc = byGroups(timed, 'nps', { rows: 'touchpoint', columns: 'period', interval: 'month' });
    expect(utc.columns).to.deep.equal(['2026-05', '2026-06', '2026-07']);
    expect(utc.rows).to.deep.equal(['web', 'app']);
    expect(utc.undated).to.equal(1);
    // web in May (UTC): 10 and 0 → P 1, D 1: 0; June: nothing.
    expect(utc.cells.map((c) => c.score)).to.deep.equal([0, null, null, null, null, 100]);
    const paris = byGroups(timed, 'nps', { rows: 'period', columns: 'touchpoint', interval: 'month', timeZone: 'Europe/Paris' });
    expect(paris.rows).to.deep.equal(['2026-05', '2026-06', '2026-07']);
    // May: web 0 → −100; June: web 10 → +100; July: app 9 → +100.
    expect(paris.cells.map((c) => [c.row, c.column, c.score])).to.deep.equal([
      ['2026-05', 'web', -100],
      ['2026-05', 'app', null],
      ['2026-06', 'web', 100],
      ['2026-06', 'app', null],
      ['2026-07', 'web', null],
      ['2026-07', 'app', 100],
    ]);
    expect(paris.interval).to.equal('month');
  });

  it('property: raw answers and the histograms of each cell give the same cells (with and without period)', () => {
    const random = mulberry32(17);
    const int = (n: number) => Math.floor(random() * n);
    const DAY = 86_400_000;
    for (let run = 0; run < 20; run++) {
      const raw: Response[] = Array.from({ length: 50 + int(400) }, () => ({
        metric: 'nps',
        score: int(11),
        ...(int(10) > 0 ? { channel: `c${int(4)}` } : {}),
        touchpoint: `t${int(5)}`,
        stage: `s${int(3)}`,
        at: new Date(Date.UTC(2026, 0, 1) + int(120) * DAY + int(DAY)).toISOString(),
      }));
      const cut = (keyOf: (x: Response) => Record<string, string>): Histogram[] => {
        const map = new Map<string, Histogram>();
        for (const x of raw) {
          const tags = keyOf(x);
          const key = JSON.stringify(tags);
          let h = map.get(key);
          if (!h) map.set(key, (h = { metric: 'nps', ...tags, counts: {} }));
          h.counts[x.score] = (h.counts[x.score] ?? 0) + 1;
        }
        return [...map.values()];
      };
      const key = (c: { row: string; column: string }) => `${c.row}|${c.column}`;
      const same = (a: ReturnType<typeof byGroups>, b: ReturnType<typeof byGroups>) => {
        expect(new Set(a.rows)).to.deep.equal(new Set(b.rows));
        expect(new Set(a.columns)).to.deep.equal(new Set(b.columns));
        const bs = new Map(b.cells.map((c) => [key(c), c]));
        for (const c of a.cells) expect(bs.get(key(c)), key(c)).to.deep.equal(c);
      };
      const tagsOf = (x: Response, ...keys: Array<'channel' | 'touchpoint' | 'stage'>) => Object.fromEntries(keys.filter((k) => x[k] !== undefined).map((k) => [k, x[k]!]));
      same(byGroups(raw, 'nps', { rows: 'channel', columns: 'stage' }), byGroups(cut((x) => tagsOf(x, 'channel', 'stage')), 'nps', { rows: 'channel', columns: 'stage' }));
      same(byGroups(raw, 'nps', { rows: 'touchpoint', columns: 'channel' }), byGroups(cut((x) => tagsOf(x, 'touchpoint', 'channel')), 'nps', { rows: 'touchpoint', columns: 'channel' }));
      // Periods: each answer's week in UTC, as the histogram's `period`.
      const weekOf = (x: Response) => periodLabel('week', periodOfDay('week', Math.floor(Date.parse(x.at!) / DAY)));
      same(
        byGroups(raw, 'nps', { rows: 'stage', columns: 'period', interval: 'week' }),
        byGroups(cut((x) => ({ ...tagsOf(x, 'stage'), period: weekOf(x) })), 'nps', { rows: 'stage', columns: 'period', interval: 'week' }),
      );
    }
  });
});
