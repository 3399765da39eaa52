// The warehouse recipes for periods (demo/sql/trend.sql on PostgreSQL, in
// PGlite; demo/sql/trend.duckdb.sql on DuckDB, in process) against the engine:
// the histograms per channel and per ISO week, month and day in Europe/Paris
// that SQL computes from the sample answers give the same trend() as the
// engine bucketing the raw answers itself in that time zone. Two independent
// implementations of the calendar: the databases' time-zone data and ISO week
// formats, the engine's Intl offsets and day arithmetic.
// Needs the built engine (dist/engine.js): `npm test` builds first.
// The DuckDB tests are skipped (and say so) only if @duckdb/node-api cannot be
// loaded on this platform.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { foldPeriodRows, insertAnswers, namedQueries, openDb } from '../../demo/db.mjs';
import { close } from './approx.mjs';
import { sampleAnswers } from '../../demo/sample-data.mjs';

const engine = await import('../../dist/engine.js');
const PG_SQL = namedQueries(readFileSync(new URL('../../demo/sql/trend.sql', import.meta.url), 'utf8'));
const DUCK_SQL = namedQueries(readFileSync(new URL('../../demo/sql/trend.duckdb.sql', import.meta.url), 'utf8'));
const TIME_ZONE = 'Europe/Paris';
const METRICS = ['nps', 'csat', 'ces'];
/** interval → the query's name in both files. */
const QUERY = { day: 'daily', week: 'weekly', month: 'monthly' };

let duckdb;
try {
  duckdb = await import('@duckdb/node-api');
} catch (error) {
  duckdb = undefined;
  console.warn(`DuckDB tests skipped: @duckdb/node-api does not load here (${error.message})`);
}

/**
 * Answers around Europe/Paris's daylight-saving changes (2026-03-29 01:00 UTC,
 * 2026-10-25 01:00 UTC) and the new year, with the day, week and month each
 * must land in there (worked by hand: CET is UTC+1, CEST UTC+2). The sample
 * (90 days to 2026-05-31) has a few answers within hours of the spring change
 * (and 38 late on a Sunday in UTC, already Monday in Paris), none in October
 * or at a new year; these sit where a wrong offset or year would move them.
 */
const DST = [
  // 01:30 CET, half an hour before the clocks go forward: Sunday 29 March.
  { at: '2026-03-29T00:30:00Z', day: '2026-03-29', week: '2026-W13', month: '2026-03' },
  // 00:30 CEST on Monday 30 March (still Sunday in UTC: the zone's new offset decides the week).
  { at: '2026-03-29T22:30:00Z', day: '2026-03-30', week: '2026-W14', month: '2026-03' },
  // 00:30 CEST on Wednesday 1 April (31 March in UTC).
  { at: '2026-03-31T22:30:00Z', day: '2026-04-01', week: '2026-W14', month: '2026-04' },
  // 23:30 CET on Sunday 25 October, after the clocks went back (with the summer offset it would be Monday, W44).
  { at: '2026-10-25T22:30:00Z', day: '2026-10-25', week: '2026-W43', month: '2026-10' },
  // 00:30 CET on Friday 1 January 2027 (31 December in UTC): ISO week-year 2026, week 53 (a year format, not the week-year's, says 2027).
  { at: '2026-12-31T23:30:00Z', day: '2027-01-01', week: '2026-W53', month: '2027-01' },
];
const SCORE = { nps: { score: 9, min: 0, max: 10 }, csat: { score: 4, min: 1, max: 5 }, ces: { score: 6, min: 1, max: 7 } };

/** The answers above (for each metric), one without a channel and one without a time. */
function extraAnswers() {
  const rows = [];
  for (const metric of METRICS) {
    DST.forEach(({ at }, i) => rows.push({ id: `dst-${metric}-${i}`, metric, ...SCORE[metric], channel: 'chat', touchpoint: 'after-chat', stage: 'support', at }));
    rows.push({ id: `nochannel-${metric}`, metric, ...SCORE[metric], channel: null, touchpoint: null, stage: null, at: '2026-04-15T09:00:00Z' });
    rows.push({ id: `undated-${metric}`, metric, ...SCORE[metric], channel: 'email', touchpoint: null, stage: null, at: null });
  }
  return rows;
}

const sample = sampleAnswers();
const answers = [...sample, ...extraAnswers()];

/** Raw answers as the engine reads them (DESIGN.md §3 `responses`: a missing label or time left out). */
const asResponses = (rows) =>
  rows.map((a) => {
    const r = { id: a.id, metric: a.metric, score: a.score, min: a.min, max: a.max };
    for (const key of ['channel', 'touchpoint', 'stage', 'at']) if (a[key] != null) r[key] = a[key];
    return r;
  });

/**
 * trend() of the SQL histograms = trend() of the raw answers in Europe/Paris,
 * for each metric, total and per channel. Returns how many period rows were compared.
 */
function compare(histograms, responses, interval, label) {
  const parsed = engine.KpiDocumentSchema.safeParse({ histograms });
  assert.ok(parsed.success, `${label}: ${JSON.stringify(parsed.error?.issues?.slice(0, 3))}`);
  let compared = 0;
  for (const metric of METRICS) {
    const fromSql = engine.trend(histograms, metric, { interval, by: 'channel' });
    const fromRaw = engine.trend(responses, metric, { interval, timeZone: TIME_ZONE, by: 'channel' });
    const where = `${label} ${metric} ${interval}`;
    assert.equal(fromSql.interval, interval, where);
    assert.ok(fromRaw.rows.length > 0 && fromRaw.series.length > 0, `${where}: something to compare`);
    close(fromSql.rows, fromRaw.rows, `${where} rows`);
    close(fromSql.series, fromRaw.series, `${where} series`);
    assert.equal(fromSql.undated, fromRaw.undated, `${where} undated`);
    compared += fromRaw.rows.length + fromRaw.series.reduce((n, s) => n + s.rows.length, 0);
  }
  return compared;
}

/** The DST answers' own periods, read back from a database's histograms: each where worked out by hand. */
function checkDst(histogramsOf) {
  for (const interval of ['day', 'week', 'month']) {
    const hs = histogramsOf[interval].filter((h) => h.channel === 'chat' && h.metric === 'nps');
    for (const { at, [interval]: period } of DST) {
      const h = hs.find((x) => x.period === period);
      assert.ok(h, `${at}: no ${interval} ${period} in SQL`);
      const instant = engine.trend(asResponses(extraAnswers().filter((a) => a.at === at && a.metric === 'nps')), 'nps', { interval, timeZone: TIME_ZONE });
      assert.deepEqual(instant.rows.map((r) => r.period), [period], `${at}: the engine's ${interval}`);
    }
  }
}

/** `{ day, week, month }` → histograms, running the named queries with `run(sql) → rows`. */
async function histogramsBy(run, queries) {
  const out = {};
  for (const [interval, name] of Object.entries(QUERY)) out[interval] = foldPeriodRows(await run(queries[name]));
  return out;
}

const DUCK_TABLE = `create table answers (
  id text primary key, metric text not null, score integer not null, min integer not null, max integer not null,
  channel text, touchpoint text, stage text, "at" timestamptz)`;
const DUCK_LOAD = `insert into answers select * from (select unnest(from_json($1::json,
  '[{"id":"VARCHAR","metric":"VARCHAR","score":"INTEGER","min":"INTEGER","max":"INTEGER","channel":"VARCHAR","touchpoint":"VARCHAR","stage":"VARCHAR","at":"TIMESTAMPTZ"}]'),
  recursive := true))`;

async function duckConnection(rows) {
  const c = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
  await c.run(DUCK_TABLE);
  await c.run(DUCK_LOAD, [JSON.stringify(asTableRows(rows))]);
  return c;
}
const asTableRows = (rows) => rows.map(({ id, metric, score, min, max, channel, touchpoint, stage, at }) => ({ id, metric, score, min, max, channel, touchpoint, stage, at }));

/** Rows compared, per database, for the report line at the end. */
const figures = {};

describe('PostgreSQL (PGlite): demo/sql/trend.sql', () => {
  let db;
  let hs;
  before(async () => {
    db = await openDb();
    assert.deepEqual((await insertAnswers(db, answers)).length, answers.length);
    hs = await histogramsBy(async (sql) => (await db.query(sql)).rows, PG_SQL);
  });
  after(() => db?.close());

  test('the table holds every answer, the histograms count them all', async () => {
    const { rows } = await db.query('select count(*)::integer as n, count(at)::integer as dated from answers');
    assert.deepEqual(rows[0], { n: answers.length, dated: answers.length - METRICS.length });
    for (const interval of Object.keys(QUERY)) {
      assert.equal(hs[interval].reduce((n, h) => n + Object.values(h.counts).reduce((a, b) => a + b, 0), 0), answers.length, interval);
    }
  });

  for (const interval of ['week', 'month', 'day']) {
    test(`${interval}: trend() of the SQL histograms = trend() of the raw answers in ${TIME_ZONE}, NPS, CSAT and CES by channel`, () => {
      figures[`PostgreSQL ${interval}`] = compare(hs[interval], asResponses(answers), interval, 'PostgreSQL');
    });
  }

  test('daylight saving and the new year: answers at 2026-03-29T00:30Z, 2026-10-25T22:30Z, 2026-12-31T23:30Z… land in the same day, week and month as in the engine', () => {
    checkDst(hs);
  });

  test('ISO week-years at the year’s edges: 2026-12-31 and 2027-01-03 are 2026-W53, 2021-01-03 is 2020-W53', async () => {
    const { rows } = await db.query(
      `select to_char(t at time zone 'Europe/Paris', 'IYYY-"W"IW') as week
       from unnest(array['2026-12-31T12:00:00Z', '2027-01-03T12:00:00Z', '2021-01-03T12:00:00Z', '2027-01-03T23:30:00Z']::timestamptz[]) as t`,
    );
    const engineWeek = (at) => engine.trend([{ metric: 'nps', score: 9, at }], 'nps', { interval: 'week', timeZone: TIME_ZONE }).rows[0].period;
    assert.deepEqual(rows.map((r) => r.week), ['2026-W53', '2026-W53', '2020-W53', '2027-W01']);
    assert.deepEqual(['2026-12-31T12:00:00Z', '2027-01-03T12:00:00Z', '2021-01-03T12:00:00Z', '2027-01-03T23:30:00Z'].map(engineWeek), ['2026-W53', '2026-W53', '2020-W53', '2027-W01']);
  });
});

describe('DuckDB (@duckdb/node-api): demo/sql/trend.duckdb.sql', { skip: duckdb ? false : '@duckdb/node-api does not load on this platform' }, () => {
  let c;
  let hs;
  before(async () => {
    c = await duckConnection(answers);
    hs = await histogramsBy(async (sql) => (await c.runAndReadAll(sql)).getRowObjects(), DUCK_SQL);
  });
  after(() => c?.closeSync?.());

  test('the table holds every answer, the histograms count them all', async () => {
    const [row] = (await c.runAndReadAll('select count(*)::integer as n, count("at")::integer as dated from answers')).getRowObjects();
    assert.deepEqual(row, { n: answers.length, dated: answers.length - METRICS.length });
    for (const interval of Object.keys(QUERY)) {
      assert.equal(hs[interval].reduce((n, h) => n + Object.values(h.counts).reduce((a, b) => a + b, 0), 0), answers.length, interval);
    }
  });

  for (const interval of ['week', 'month', 'day']) {
    test(`${interval}: trend() of the SQL histograms = trend() of the raw answers in ${TIME_ZONE}, NPS, CSAT and CES by channel`, () => {
      figures[`DuckDB ${interval}`] = compare(hs[interval], asResponses(answers), interval, 'DuckDB');
    });
  }

  test('daylight saving and the new year: answers at 2026-03-29T00:30Z, 2026-10-25T22:30Z, 2026-12-31T23:30Z… land in the same day, week and month as in the engine', () => {
    checkDst(hs);
  });

  test('ISO week-years at the year’s edges: %G-W%V gives 2026-W53 for 2026-12-31 and 2027-01-03, 2020-W53 for 2021-01-03', async () => {
    const rows = (
      await c.runAndReadAll(
        `select strftime(timezone('Europe/Paris', t), '%G-W%V') as week
         from unnest(['2026-12-31T12:00:00Z', '2027-01-03T12:00:00Z', '2021-01-03T12:00:00Z', '2027-01-03T23:30:00Z']::timestamptz[]) as u(t)`,
      )
    ).getRowObjects();
    assert.deepEqual(rows.map((r) => r.week), ['2026-W53', '2026-W53', '2020-W53', '2027-W01']);
  });
});

test('PostgreSQL and DuckDB give the same histograms, row for row', { skip: duckdb ? false : '@duckdb/node-api does not load on this platform' }, async () => {
  const db = await openDb();
  await insertAnswers(db, answers);
  const c = await duckConnection(answers);
  try {
    for (const name of Object.values(QUERY)) {
      const pg = (await db.query(PG_SQL[name])).rows.map((r) => ({ ...r }));
      const duck = (await c.runAndReadAll(DUCK_SQL[name])).getRowObjects().map((r) => ({ ...r }));
      assert.deepEqual(duck, pg, name);
    }
  } finally {
    await db.close();
    c.closeSync?.();
  }
});

after(() => {
  const total = Object.values(figures).reduce((a, b) => a + b, 0);
  console.log(`sql-trend: ${sample.length} sample answers + ${answers.length - sample.length} added; period rows compared: ${JSON.stringify(figures)} (${total} in all)`);
});
