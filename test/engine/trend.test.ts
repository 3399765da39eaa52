import { expect } from '@open-wc/testing';
import { civilFromDays, dayInZone, daysFromCivil, isoWeek, parsePeriod, periodLabel, readInstant, trend, type Histogram, type Response } from '../../src/engine/index.js';
import { mulberry32 } from '../bench/random.js';

const day = (label: string) => daysFromCivil(+label.slice(0, 4), +label.slice(5, 7), +label.slice(8, 10));
const week = (label: string) => isoWeek(day(label)).join('-W');
const nps = (score: number, at?: string, channel?: string): Response => ({ metric: 'nps', score, ...(at ? { at } : {}), ...(channel ? { channel } : {}) });

describe('periods', () => {
  it('numbers days from 1970-01-01 and back (2000-03-01 is day 11 017: 30 years of 365 days, 7 leap days, 31 + 29 days)', () => {
    expect(daysFromCivil(1970, 1, 1)).to.equal(0);
    expect(daysFromCivil(2000, 3, 1)).to.equal(30 * 365 + 7 + 31 + 29);
    expect(daysFromCivil(1969, 12, 31)).to.equal(-1);
    for (let d = -800_000; d <= 800_000; d += 997) {
      const [y, m, dd] = civilFromDays(d);
      expect(daysFromCivil(y, m, dd)).to.equal(d);
      // Against the browser's own calendar.
      const date = new Date(d * 86_400_000);
      expect([y, m, dd]).to.deep.equal([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
    }
  });

  it('puts days in ISO weeks of their ISO week-year', () => {
    // 2026 starts on a Thursday, so it has 53 weeks; 2026-12-31 (Thursday) and 2027-01-01 (Friday) are in its week 53.
    expect(week('2026-12-31')).to.equal('2026-W53');
    expect(week('2027-01-01')).to.equal('2026-W53');
    expect(week('2027-01-03')).to.equal('2026-W53');
    expect(week('2027-01-04')).to.equal('2027-W1');
    // 2024-12-30 is a Monday whose Thursday is 2025-01-02: week 1 of 2025.
    expect(week('2024-12-30')).to.equal('2025-W1');
    // 2021-01-03 (Sunday) belongs to the week of Thursday 2020-12-31: 2020-W53.
    expect(week('2021-01-03')).to.equal('2020-W53');
    expect(week('2026-01-01')).to.equal('2026-W1');
  });

  it('reads period labels, and refuses dates the calendar does not have', () => {
    expect(parsePeriod('2026-05-04')).to.deep.equal({ interval: 'day', index: day('2026-05-04') });
    // 2026-W19 starts on Monday 4 May 2026 (week 1 starts Monday 29 December 2025; + 18 weeks).
    expect(parsePeriod('2026-W19')).to.deep.equal({ interval: 'week', index: day('2025-12-29') + 18 * 7 });
    expect(day('2025-12-29') + 18 * 7).to.equal(day('2026-05-04'));
    expect(parsePeriod('2026-05')).to.deep.equal({ interval: 'month', index: 12 * 2026 + 4 });
    expect(parsePeriod('2026-Q2')).to.deep.equal({ interval: 'quarter', index: 4 * 2026 + 1 });
    expect(parsePeriod('2024-02-29')?.interval).to.equal('day');
    for (const bad of ['2026-02-29', '2026-04-31', '2026-13', '2026-00', '2027-W53', '2026-W54', '2026-W00', '2026-Q5', '2026-5', 'W19', '26-05-04', '2026-05-04T00:00']) {
      expect(parsePeriod(bad), bad).to.equal(null);
    }
    expect(parsePeriod('2026-W53')?.interval).to.equal('week');
    for (const label of ['2026-05-04', '2026-W19', '2026-W53', '2026-05', '2026-Q2']) {
      const p = parsePeriod(label)!;
      expect(periodLabel(p.interval, p.index)).to.equal(label);
    }
  });
});

describe('instants and time zones', () => {
  it('reads ISO 8601 instants digit by digit, as Date.parse does, and refuses a time without a zone', () => {
    for (const text of ['2026-05-01T10:00:00Z', '2026-05-01T10:00:00.250Z', '2026-05-01T10:00Z', '2026-05-01T12:00:00+02:00', '2026-05-01 07:30:00-0230', '1999-12-31T23:59:59.999Z']) {
      expect(readInstant(text)?.ms, text).to.equal(Date.parse(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
    }
    expect(readInstant('2026-05-01')).to.deep.equal({ day: day('2026-05-01') });
    for (const bad of ['2026-05-01T10:00:00', '2026-13-01T10:00:00Z', '2026-0:-01T10:00:00Z', 'yesterday', '2026-05-01T10:00:00+2', '']) {
      expect(readInstant(bad), bad).to.equal(null);
    }
  });

  it('finds the day in Europe/Paris across both daylight-saving changes of 2026 (29 March and 25 October, 01:00 UTC)', () => {
    const paris = dayInZone('Europe/Paris');
    const on = (text: string) => periodLabel('day', paris(Date.parse(text)));
    // Winter time, UTC+1: 23:30 UTC is 00:30 the next day.
    expect(on('2026-03-28T23:30:00Z')).to.equal('2026-03-29');
    expect(on('2026-03-28T22:59:00Z')).to.equal('2026-03-28');
    // Summer time from 01:00 UTC on the 29th, UTC+2: 22:00 UTC is already midnight.
    expect(on('2026-03-29T21:59:00Z')).to.equal('2026-03-29');
    expect(on('2026-03-29T22:00:00Z')).to.equal('2026-03-30');
    expect(on('2026-10-24T22:00:00Z')).to.equal('2026-10-25');
    // Back to UTC+1 from 01:00 UTC on the 25th: 22:30 UTC is 23:30, still the 25th.
    expect(on('2026-10-25T22:30:00Z')).to.equal('2026-10-25');
    expect(on('2026-10-25T23:00:00Z')).to.equal('2026-10-26');
  });

  it('agrees with Intl.DateTimeFormat every 5 minutes around the changes, in zones with odd offsets', () => {
    const windows = ['2026-03-07T00:00:00Z', '2026-03-27T00:00:00Z', '2026-04-04T00:00:00Z', '2026-09-26T00:00:00Z', '2026-10-03T00:00:00Z', '2026-10-24T00:00:00Z', '2026-11-01T00:00:00Z'];
    for (const zone of ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'Pacific/Chatham']) {
      const ours = dayInZone(zone);
      const theirs = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
      for (const start of windows) {
        for (let ms = Date.parse(start); ms < Date.parse(start) + 3 * 86_400_000; ms += 5 * 60_000) {
          expect(periodLabel('day', ours(ms)), `${zone} ${new Date(ms).toISOString()}`).to.equal(theirs.format(ms));
        }
      }
    }
  });

  it('names an unknown time zone', () => {
    expect(() => dayInZone('Europe/Atlantis')).to.throw(RangeError, /^timeZone: "Europe\/Atlantis"/);
  });
});

describe('trend', () => {
  it('computes weekly NPS by hand, keeps the empty week between, and counts the answers without a time', () => {
    const responses = [
      // 2026-W18 (27 April – 3 May): 10, 10, 9, 0 → 3 promoters, 1 detractor of 4: NPS 100 · (3 − 1) / 4 = 50.
      nps(10, '2026-04-27T08:00:00Z'),
      nps(10, '2026-04-30T12:00:00Z'),
      nps(9, '2026-05-03T21:00:00Z'),
      nps(0, '2026-05-03T23:59:59Z'),
      // 2026-W19 (4–10 May): nobody. 2026-W20 (11–17 May): 10, 7, 3 → 1 promoter, 1 detractor: NPS 0.
      nps(10, '2026-05-11T00:00:00Z'),
      nps(7, '2026-05-14T09:00:00Z'),
      nps(3, '2026-05-17T10:00:00Z'),
      nps(10),
      { metric: 'csat', score: 5, at: '2026-05-01T10:00:00Z' } as Response,
    ];
    const t = trend(responses, 'nps', { interval: 'week' });
    expect(t.interval).to.equal('week');
    expect(t.undated).to.equal(1);
    expect(t.rows.map((r) => [r.period, r.start, r.n, r.score])).to.deep.equal([
      ['2026-W18', '2026-04-27', 4, 50],
      ['2026-W19', '2026-05-04', 0, null],
      ['2026-W20', '2026-05-11', 3, 0],
    ]);
    // The margin of W18: p = 3/4, d = 1/4: 1.96 · 100 · √((1 − 0.25) / 4) = 196 · 0.4330 = 84.87.
    expect(t.rows[0]!.marginOfError).to.be.closeTo(196 * Math.sqrt(0.75 / 4), 1e-9);
  });

  it('buckets in the time zone asked: Sunday 23:30 UTC is Monday in Paris (summer time, UTC+2)', () => {
    const late = [nps(10, '2026-05-03T22:30:00Z')];
    expect(trend(late, 'nps', { interval: 'week' }).rows[0]!.period).to.equal('2026-W18');
    expect(trend(late, 'nps', { interval: 'week', timeZone: 'Europe/Paris' }).rows[0]!.period).to.equal('2026-W19');
    expect(trend(late, 'nps', { interval: 'day', timeZone: 'Europe/Paris' }).rows[0]!.period).to.equal('2026-05-04');
    // A date alone is that day in any zone.
    expect(trend([nps(10, '2026-05-03')], 'nps', { interval: 'day', timeZone: 'Pacific/Kiritimati' }).rows[0]!.period).to.equal('2026-05-03');
  });

  it('months and quarters, across a year end; CSAT and CES per period', () => {
    const csat = (score: number, at: string): Response => ({ metric: 'csat', score, at });
    const rows = [csat(5, '2025-12-31T12:00:00Z'), csat(2, '2025-12-01T00:00:00Z'), csat(4, '2026-02-10T00:00:00Z')];
    // December: 1 of 2 satisfied (4–5) → 50 %; January: none; February: 1 of 1 → 100 %.
    expect(trend(rows, 'csat', { interval: 'month' }).rows.map((r) => [r.period, r.n, r.score])).to.deep.equal([
      ['2025-12', 2, 50],
      ['2026-01', 0, null],
      ['2026-02', 1, 100],
    ]);
    expect(trend(rows, 'csat', { interval: 'quarter' }).rows.map((r) => [r.period, r.start, r.n])).to.deep.equal([
      ['2025-Q4', '2025-10-01', 2],
      ['2026-Q1', '2026-01-01', 1],
    ]);
    const ces = [1, 2, 6].map((score, i) => ({ metric: 'ces' as const, score, at: `2026-03-0${i + 1}T10:00:00Z` }));
    // One answer a day; over the quarter: mean (1 + 2 + 6) / 3 = 3.
    expect(trend(ces, 'ces', { interval: 'quarter' }).rows[0]!.mean).to.equal(3);
    expect(trend(ces, 'ces', { interval: 'day' }).rows.map((r) => r.mean)).to.deep.equal([1, 2, 6]);
  });

  it('one series per channel, largest first, on the same periods, with the total', () => {
    const responses = [nps(10, '2026-05-04T10:00:00Z', 'chat'), nps(0, '2026-05-04T10:00:00Z', 'email'), nps(9, '2026-05-11T10:00:00Z', 'email'), nps(8, '2026-05-18T10:00:00Z', 'email')];
    const t = trend(responses, 'nps', { interval: 'week', by: 'channel' });
    expect(t.series!.map((s) => [s.key, s.n])).to.deep.equal([
      ['email', 3],
      ['chat', 1],
    ]);
    // chat has answers in W19 only, but its series spans W19–W21 like the others.
    expect(t.series![1]!.rows.map((r) => [r.period, r.n])).to.deep.equal([
      ['2026-W19', 1],
      ['2026-W20', 0],
      ['2026-W21', 0],
    ]);
    expect(t.rows.map((r) => r.n)).to.deep.equal([2, 1, 1]);
    expect(trend(responses, 'nps', { interval: 'week', where: { channel: 'email' } }).rows.map((r) => r.score)).to.deep.equal([-100, 100, 0]);
  });

  it('chooses the finest interval with at most 60 periods when none is asked', () => {
    const span = (days: number) => [nps(10, '2026-01-01'), nps(10, periodLabel('day', day('2026-01-01') + days))];
    expect(trend(span(10), 'nps').interval).to.equal('day');
    // 100 days: 101 days > 60, 15 weeks.
    expect(trend(span(100), 'nps').interval).to.equal('week');
    // 500 days: 72 weeks > 60, 17 months.
    expect(trend(span(500), 'nps').interval).to.equal('month');
    expect(trend(span(6 * 365), 'nps').interval).to.equal('quarter');
    expect(trend(span(10), 'nps').intervalFrom).to.equal('span');
    const fromPeriods = trend([{ metric: 'nps', period: '2026-Q1', counts: { '10': 1 } }] as Histogram[], 'nps');
    expect([fromPeriods.interval, fromPeriods.intervalFrom]).to.deep.equal(['quarter', 'periods']);
    expect(trend(span(10), 'nps', { interval: 'month' }).intervalFrom).to.equal('option');
  });

  it('histograms with a period give the same figures as the raw answers they count (random answers, weeks counted by Date)', () => {
    const random = mulberry32(15);
    const responses: Response[] = [];
    for (let i = 0; i < 3000; i++) {
      const ms = Date.parse('2026-01-01T00:00:00Z') + Math.floor(random() * 200 * 86_400_000);
      responses.push(nps(Math.floor(random() * 11), new Date(ms).toISOString(), ['chat', 'email', 'phone'][Math.floor(random() * 3)]));
    }
    // The ISO week by another road: the Thursday of the answer's week, via Date's own UTC calendar.
    const isoWeekByDate = (iso: string) => {
      const d = new Date(iso.slice(0, 10));
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
      const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
      return `${d.getUTCFullYear()}-W${String(Math.floor((d.getTime() - jan1) / (7 * 86_400_000)) + 1).padStart(2, '0')}`;
    };
    const histograms = new Map<string, Histogram>();
    for (const r of responses) {
      const key = `${r.channel} ${isoWeekByDate(r.at!)}`;
      const h = histograms.get(key) ?? { metric: 'nps', channel: r.channel, period: isoWeekByDate(r.at!), counts: {} };
      h.counts[r.score] = (h.counts[r.score] ?? 0) + 1;
      histograms.set(key, h);
    }
    const raw = trend(responses, 'nps', { interval: 'week', by: 'channel' });
    const grouped = trend([...histograms.values()], 'nps', { interval: 'week', by: 'channel' });
    expect(grouped).to.deep.equal(raw);
    expect(raw.rows.length).to.equal(29);
    expect(raw.rows.reduce((n, r) => n + r.n, 0)).to.equal(3000);
  });

  it('names what is wrong: the interval, the time zone, an `at`, a period, a histogram of another interval', () => {
    expect(() => trend([nps(1, '2026-01-01')], 'nps', { interval: 'year' as never })).to.throw(RangeError, /^interval: "year"/);
    expect(() => trend([nps(1, '2026-01-01')], 'nps', { timeZone: 'Mars/Olympus' })).to.throw(RangeError, /^timeZone: /);
    expect(() => trend([nps(1, '2026-01-01'), nps(2, 'last tuesday')], 'nps')).to.throw(RangeError, /^responses\[1\]\.at: "last tuesday"/);
    const h = (period: string): Histogram => ({ metric: 'nps', period, counts: { '9': 1 } });
    expect(() => trend([h('2026-02-30')], 'nps')).to.throw(RangeError, /^histograms\[0\]\.period: "2026-02-30" is not a period/);
    expect(() => trend([h('2026-W19'), h('2026-05')], 'nps')).to.throw(RangeError, /^histograms\[1\]\.period: "2026-05" is a month, not a week/);
    expect(() => trend([h('2026-05')], 'nps', { interval: 'week' })).to.throw(RangeError, /^histograms\[0\]\.period: "2026-05" is a month, not a week/);
  });

  it('nothing dated: no rows', () => {
    const t = trend([nps(10), nps(3)], 'nps');
    expect(t.rows).to.deep.equal([]);
    expect(t.undated).to.equal(2);
  });
});
