// The warehouse recipes for the `metrics` rows (demo/sql/metrics.sql on PostgreSQL, in PGlite;
// demo/sql/metrics.duckdb.sql on DuckDB, in process) against the engine: for every KPI, channel and
// month or ISO week in Europe/Paris, metricFigure() over the rows SQL computes from the operational
// sample equals the KPI's formula (METRIC_KPIS[kpi].figure) over counts summed here in plain JS from
// the raw rows, with its own calendar (Intl for the Paris day, ISO weeks by hand). A tiny hand-made
// table checks FCR, transfer, response time, cart abandonment, conversion, AOV, CPA and ROI against
// arithmetic written out below.
// Needs the built engine (dist/engine.js): `npm test` builds first.
// The DuckDB tests are skipped (and say so) only if @duckdb/node-api cannot be loaded on this platform.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { foldMetricRows, insertOperations, METRICS_INTERVALS, METRICS_INTERVALS_DUCKDB, METRICS_SCHEMA_SQL, metricsDocument, namedQueries, OPERATION_TABLES, openDb } from '../../demo/db.mjs';
import { CONTACT_CHANNELS, PLATFORMS, SELF_CARE, sampleOperations } from '../../demo/sample-data.mjs';
import { close } from './approx.mjs';

const engine = await import('../../dist/engine.js');
const DUCK_SQL = namedQueries(readFileSync(new URL('../../demo/sql/metrics.duckdb.sql', import.meta.url), 'utf8'));
const PG_SQL = namedQueries(readFileSync(new URL('../../demo/sql/metrics.sql', import.meta.url), 'utf8'));
const INTERVALS = ['month', 'week'];

let duckdb;
try {
  duckdb = await import('@duckdb/node-api');
} catch (error) {
  duckdb = undefined;
  console.warn(`DuckDB tests skipped: @duckdb/node-api does not load here (${error.message})`);
}

const sample = sampleOperations();

// ---- The calendar, independently of SQL and of the engine's periods.ts ----

const parisDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
/** The wall-clock day in Paris of an instant, `YYYY-MM-DD`. */
const parisDay = (iso) => parisDate.format(new Date(iso));
/** The ISO 8601 week of a day: the week-year is the year of the week's Thursday. */
function isoWeek(day) {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
const periodOfDay = (day, interval) => (interval === 'month' ? day.slice(0, 7) : isoWeek(day));
const periodOf = (iso, interval) => periodOfDay(parisDay(iso), interval);

// ---- The counts, summed in plain JS from the raw rows ----

/**
 * `Map<JSON [kpi, channel, period], sums>` for every KPI metrics.sql gives, and the response times
 * of each response-time group (for the median).
 */
function expectedSums(tables, interval) {
  const sums = new Map();
  const seconds = new Map();
  const add = (kpi, channel, period, counts) => {
    const key = JSON.stringify([kpi, channel, period]);
    const s = sums.get(key) ?? sums.set(key, {}).get(key);
    for (const [field, v] of Object.entries(counts)) s[field] = (s[field] ?? 0) + v;
    return key;
  };
  const b = (x) => (x ? 1 : 0);
  for (const c of tables.contacts) {
    const p = periodOf(c.started_at, interval);
    add('fcr', c.channel, p, { resolvedFirst: b(c.first_contact_resolved), contacts: 1 });
    add('containment', c.channel, p, { contained: b(c.contained), contacts: 1 });
    add('transfer', c.channel, p, { transferred: b(c.transferred_to !== null), contacts: 1 });
    add('abandonment', c.channel, p, { abandoned: b(c.abandoned), started: 1 });
    add('volume', c.channel, p, { requests: 1 });
    if (c.response_seconds !== null) {
      const key = add('response-time', c.channel, p, { totalSeconds: c.response_seconds, n: 1 });
      (seconds.get(key) ?? seconds.set(key, []).get(key)).push(c.response_seconds);
    }
  }
  for (const s of tables.self_care) add('self-care', s.channel, periodOf(s.started_at, interval), { resolved: b(s.resolved), attempts: 1 });
  for (const p of tables.social_posts) add('engagement', p.platform, periodOf(p.posted_at, interval), { interactions: p.interactions, reach: p.reach });
  for (const e of tables.email_campaigns) {
    const p = periodOf(e.sent_at, interval);
    add('open-rate', 'email', p, { opens: e.opens, delivered: e.delivered });
    add('ctor', 'email', p, { clicks: e.clicks, opens: e.opens });
    add('ctr', 'email', p, { clicks: e.clicks, impressions: e.delivered });
  }
  const spend = new Map();
  for (const a of tables.ad_spend) {
    const p = periodOfDay(a.day, interval);
    add('ctr', a.channel, p, { clicks: a.clicks, impressions: a.impressions });
    add('cpc', a.channel, p, { cost: a.cost, clicks: a.clicks });
    const key = JSON.stringify([a.channel, p]);
    spend.set(key, (spend.get(key) ?? 0) + a.cost);
  }
  const orderOf = new Map(tables.orders.map((o) => [o.session_id, o]));
  const sessionOf = new Map(tables.web_sessions.map((s) => [s.id, s]));
  for (const s of tables.web_sessions) {
    const p = periodOf(s.started_at, interval);
    add('conversion', s.source, p, { conversions: b(orderOf.has(s.id)), visitors: 1 });
    if (s.added_to_cart) add('cart-abandonment', s.source, p, { carts: 1, orders: b(orderOf.has(s.id)) });
  }
  const sales = new Map();
  for (const o of tables.orders) {
    const channel = sessionOf.get(o.session_id).source;
    const p = periodOf(o.ordered_at, interval);
    add('aov', channel, p, { revenue: o.revenue, orders: 1 });
    add('revenue', channel, p, { revenue: o.revenue });
    const key = JSON.stringify([channel, p]);
    const s = sales.get(key) ?? sales.set(key, { acquisitions: 0, revenue: 0 }).get(key);
    s.acquisitions += b(o.new_customer);
    s.revenue += o.revenue;
  }
  // CPA and ROI: each paid channel and period with spend, against that source's orders then (none: 0).
  for (const [key, cost] of spend) {
    const [channel, p] = JSON.parse(key);
    const won = sales.get(key) ?? { acquisitions: 0, revenue: 0 };
    add('cpa', channel, p, { cost, acquisitions: won.acquisitions });
    add('roi', channel, p, { cost, revenue: won.revenue });
  }
  return { sums, seconds };
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * The document's rows against the JS sums: the same (kpi, channel, period) groups, one row each, the
 * same counts, and metricFigure() per group = the KPI's formula over the JS sums. Returns how many
 * figures were compared.
 */
function compare(doc, tables, interval, label) {
  const parsed = engine.ScorecardDocumentSchema.safeParse(doc);
  assert.ok(parsed.success, `${label}: ${JSON.stringify(parsed.error?.issues?.slice(0, 3))}`);
  for (const [i, row] of doc.metrics.entries()) assert.ok(engine.MetricRowSchema.safeParse(row).success, `${label}: metrics[${i}] ${JSON.stringify(row)}`);
  assert.equal(doc.currency, 'EUR');
  const { sums, seconds } = expectedSums(tables, interval);
  const keys = doc.metrics.map((r) => JSON.stringify([r.kpi, r.channel, r.period]));
  assert.equal(new Set(keys).size, keys.length, `${label} ${interval}: one row per KPI, channel and period`);
  assert.deepEqual([...keys].sort(), [...sums.keys()].sort(), `${label} ${interval}: the groups`);
  const format = interval === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-W\d{2}$/;
  let compared = 0;
  for (const row of doc.metrics) {
    const key = JSON.stringify([row.kpi, row.channel, row.period]);
    const where = `${label} ${key}`;
    assert.match(row.period, format, where);
    const expected = sums.get(key);
    const { kpi, channel, period, median: m, ...counts } = row;
    close(counts, expected, `${where} counts`);
    const def = engine.METRIC_KPIS[kpi];
    const figure = engine.metricFigure(doc.metrics, kpi, { where: { channel }, period });
    close(figure, { ...def.figure(expected), unit: def.unit }, `${where} figure`);
    if (kpi === 'response-time') close(m, median(seconds.get(key)), `${where} median`);
    else assert.equal(m, undefined, where);
    compared++;
  }
  return compared;
}

/** The sample is at the seeds' levels, and chat's FCR climbs (over the whole six months, from the monthly rows). */
function checkLevels(metrics) {
  const f = (kpi, channel) => engine.metricFigure(metrics, kpi, { where: channel ? { channel } : undefined }).value;
  const within = (value, low, high, what) => assert.ok(value >= low && value <= high, `${what}: ${value} not in [${low}, ${high}]`);
  within(f('fcr'), 70, 80, 'FCR, every channel');
  for (const channel of Object.keys(CONTACT_CHANNELS)) {
    within(f('fcr', channel), 65, 85, `FCR ${channel}`);
    within(f('transfer', channel), 8, 14, `transfer ${channel}`);
    within(f('abandonment', channel), 2, 10, `abandonment ${channel}`);
  }
  for (const channel of Object.keys(SELF_CARE)) within(f('self-care', channel), 30, 45, `self-care ${channel}`);
  for (const [platform, p] of Object.entries(PLATFORMS)) within(f('engagement', platform), 100 * p.engagement * 0.9, 100 * p.engagement * 1.1, `engagement ${platform}`);
  within(f('response-time', 'chat'), 10, 60, 'response time chat (s)');
  within(f('response-time', 'phone'), 60, 600, 'response time phone (s)');
  within(f('response-time', 'social'), 3600, 4 * 3600, 'response time social (s)');
  within(f('response-time', 'email'), 4 * 3600, 24 * 3600, 'response time email (s)');
  within(f('ctr', 'email'), 2, 6, 'CTR email');
  const chat = engine.metricSeries(metrics, 'fcr', { where: { channel: 'chat' } });
  assert.equal(chat.interval, 'month');
  assert.deepEqual(chat.periods.map((p) => p.period), ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
  const first = chat.periods[0].value;
  const last = chat.periods.at(-1).value;
  assert.ok(first < 70 && last > 78, `chat FCR climbs: ${first} → ${last}`);
  return { first, last };
}

// ---- DuckDB: the same schema file, the rows through from_json ----

/** A DuckDB connection holding `tables`: metrics-schema.sql as it is, then each table from JSON, typed by the table itself. */
async function duckConnection(tables) {
  const c = await (await duckdb.DuckDBInstance.create(':memory:')).connect();
  await c.run(METRICS_SCHEMA_SQL);
  for (const table of OPERATION_TABLES) {
    if (!tables[table]?.length) continue;
    const columns = (await c.runAndReadAll(`describe ${table}`)).getRowObjects();
    const structure = JSON.stringify([Object.fromEntries(columns.map((r) => [r.column_name, r.column_type]))]);
    await c.run(`insert into ${table} by name select unnest(from_json($1::json, '${structure}'), recursive := true)`, [JSON.stringify(tables[table])]);
  }
  return c;
}
/** metricsDocument() for DuckDB: every query of metrics.duckdb.sql with its period format. */
async function duckDocument(c, interval) {
  const metrics = [];
  for (const sql of Object.values(DUCK_SQL)) metrics.push(...foldMetricRows((await c.runAndReadAll(sql, [METRICS_INTERVALS_DUCKDB[interval]])).getRowObjects()));
  return { metrics, currency: 'EUR' };
}

async function pgWith(tables) {
  const db = await openDb();
  await insertOperations(db, tables);
  return db;
}

// ---- The tiny table, worked by hand ----

const row = (id, channel, started_at, { fcr = false, transferred_to = null, abandoned = false, response_seconds = null } = {}) => ({
  id, channel, started_at, first_contact_resolved: fcr, contained: false, transferred_to, abandoned, response_seconds,
});
/**
 * Paris is UTC+1 until 2026-03-29 01:00 UTC, UTC+2 after.
 * 1 chat 2026-03-29T00:30Z = Sun 29 Mar 01:30 CET  → 2026-03, 2026-W13; resolved first, 30 s
 * 2 chat 2026-03-31T22:30Z = Wed 1 Apr 00:30 CEST  → 2026-04, 2026-W14; transferred to phone, 50 s
 * 3 chat 2026-04-02T10:00Z = Thu 2 Apr 12:00 CEST  → 2026-04, 2026-W14; resolved first, 40 s
 * 4 chat 2026-04-05T22:30Z = Mon 6 Apr 00:30 CEST  → 2026-04, 2026-W15 (Sunday, W14, in UTC); abandoned, no answer
 * 5 phone 2026-04-10T08:00Z                         → 2026-04, 2026-W15; resolved first, 200 s
 *
 * Months: chat 2026-03 FCR 100 · 1/1 = 100 %; chat 2026-04 FCR 100 · 1/3 = 33.33 % (only 3 of 2, 3, 4),
 *   transfer 100 · 1/3 = 33.33 %, abandonment 100 · 1/3 = 33.33 %, response time (50 + 40)/2 = 45 s over
 *   n = 2 (the abandoned one has none), median 45; phone 2026-04 FCR 100 %, response time 200 s.
 * Weeks: chat W13 FCR 1/1 = 100 %; W14 FCR 1/2 = 50 % (2, 3), transfer 1/2 = 50 %, response (50 + 40)/2 = 45 s;
 *   W15 FCR 0/1 = 0 %, abandonment 1/1 = 100 %, no response-time row for chat.
 *
 * Shop, all in April (Paris): sessions 1–3 search with a cart, 4 search without; orders on 1 (50.00 €, a new
 * customer) and 3 (30.50 €, a returning one); ad spend search on 2026-04-01: 1 000 impressions, 40 clicks, 20.00 €.
 * Conversion 100 · 2/4 = 50 %; cart abandonment 100 · (3 − 2)/3 = 33.33 %; AOV (50 + 30.5)/2 = 40.25 €;
 * revenue 80.50 €; CPC 20/40 = 0.50 €; CPA 20/1 = 20 € (one new customer); ROI 100 · (80.5 − 20)/20 = 302.5 %.
 */
const TINY = {
  contacts: [
    row(1, 'chat', '2026-03-29T00:30:00Z', { fcr: true, response_seconds: 30 }),
    row(2, 'chat', '2026-03-31T22:30:00Z', { transferred_to: 'phone', response_seconds: 50 }),
    row(3, 'chat', '2026-04-02T10:00:00Z', { fcr: true, response_seconds: 40 }),
    row(4, 'chat', '2026-04-05T22:30:00Z', { abandoned: true }),
    row(5, 'phone', '2026-04-10T08:00:00Z', { fcr: true, response_seconds: 200 }),
  ],
  web_sessions: [1, 2, 3, 4].map((id) => ({ id, source: 'search', started_at: `2026-04-1${id}T09:00:00Z`, added_to_cart: id < 4 })),
  orders: [
    { id: 1, session_id: 1, ordered_at: '2026-04-11T09:20:00Z', revenue: 50, new_customer: true },
    { id: 2, session_id: 3, ordered_at: '2026-04-13T09:15:00Z', revenue: 30.5, new_customer: false },
  ],
  ad_spend: [{ channel: 'search', day: '2026-04-01', impressions: 1000, clicks: 40, cost: 20 }],
};

function checkTiny(docs, label) {
  const v = (interval, kpi, channel, period) => engine.metricFigure(docs[interval].metrics, kpi, { where: { channel }, period }).value;
  const is = (actual, expected, what) => close(actual, expected, `${label} ${what}`);
  is(v('month', 'fcr', 'chat', '2026-03'), 100, 'FCR chat 2026-03');
  is(v('month', 'fcr', 'chat', '2026-04'), 100 / 3, 'FCR chat 2026-04');
  is(v('month', 'transfer', 'chat', '2026-04'), 100 / 3, 'transfer chat 2026-04');
  is(v('month', 'abandonment', 'chat', '2026-04'), 100 / 3, 'abandonment chat 2026-04');
  is(v('month', 'response-time', 'chat', '2026-04'), 45, 'response time chat 2026-04');
  is(docs.month.metrics.find((r) => r.kpi === 'response-time' && r.channel === 'chat' && r.period === '2026-04'), { kpi: 'response-time', channel: 'chat', period: '2026-04', totalSeconds: 90, n: 2, median: 45 }, 'response-time row');
  is(v('month', 'fcr', 'phone', '2026-04'), 100, 'FCR phone 2026-04');
  is(v('month', 'response-time', 'phone', '2026-04'), 200, 'response time phone 2026-04');
  is(v('week', 'fcr', 'chat', '2026-W13'), 100, 'FCR chat W13');
  is(v('week', 'fcr', 'chat', '2026-W14'), 50, 'FCR chat W14');
  is(v('week', 'transfer', 'chat', '2026-W14'), 50, 'transfer chat W14');
  is(v('week', 'response-time', 'chat', '2026-W14'), 45, 'response time chat W14');
  is(v('week', 'fcr', 'chat', '2026-W15'), 0, 'FCR chat W15');
  is(v('week', 'abandonment', 'chat', '2026-W15'), 100, 'abandonment chat W15');
  is(v('week', 'response-time', 'chat', '2026-W15'), null, 'no response time chat W15');
  assert.deepEqual(docs.week.metrics.filter((r) => r.kpi === 'fcr' && r.channel === 'chat').map((r) => r.period), ['2026-W13', '2026-W14', '2026-W15'], `${label} chat weeks`);
  is(v('month', 'conversion', 'search', '2026-04'), 50, 'conversion');
  is(v('month', 'cart-abandonment', 'search', '2026-04'), 100 / 3, 'cart abandonment');
  is(v('month', 'aov', 'search', '2026-04'), 40.25, 'AOV');
  is(v('month', 'revenue', 'search', '2026-04'), 80.5, 'revenue');
  is(v('month', 'cpc', 'search', '2026-04'), 0.5, 'CPC');
  is(v('month', 'cpa', 'search', '2026-04'), 20, 'CPA');
  is(v('month', 'roi', 'search', '2026-04'), 302.5, 'ROI');
  for (const interval of INTERVALS) assert.ok(engine.ScorecardDocumentSchema.safeParse(docs[interval]).success, `${label} ${interval}: a valid document`);
}

/** Figures compared, per database and interval, for the report line at the end. */
const figures = {};

describe('PostgreSQL (PGlite): demo/sql/metrics.sql', () => {
  let db;
  const docs = {};
  before(async () => {
    db = await pgWith(sample);
    for (const interval of INTERVALS) docs[interval] = await metricsDocument(db, interval);
  });
  after(() => db?.close());

  test('the tables hold the whole sample', async () => {
    for (const table of OPERATION_TABLES) {
      const { rows } = await db.query(`select count(*)::integer as n from ${table}`);
      assert.equal(rows[0].n, sample[table].length, table);
    }
    const total = OPERATION_TABLES.reduce((n, t) => n + sample[t].length, 0);
    assert.ok(total > 20_000 && total < 60_000, `tens of thousands of rows (${total})`);
  });

  for (const interval of INTERVALS) {
    test(`${interval}: metricFigure() of the SQL rows = the KPI's formula over counts summed in JS, every KPI × channel × period`, () => {
      figures[`PostgreSQL ${interval}`] = compare(docs[interval], sample, interval, 'PostgreSQL');
    });
  }

  test('the sample is at the seeds’ levels, and chat’s FCR climbs month by month', () => {
    const { first, last } = checkLevels(docs.month.metrics);
    figures['chat FCR'] = `${first.toFixed(1)} % → ${last.toFixed(1)} %`;
  });

  test('metricsDocument refuses an interval it does not serve', async () => {
    await assert.rejects(metricsDocument(db, 'day'), /interval: one of month, week/);
  });

  test('a tiny table worked by hand: FCR, transfer, abandonment, response time, conversion, cart abandonment, AOV, CPC, CPA, ROI', async () => {
    const tiny = await pgWith(TINY);
    try {
      checkTiny({ month: await metricsDocument(tiny, 'month'), week: await metricsDocument(tiny, 'week') }, 'PostgreSQL');
    } finally {
      await tiny.close();
    }
  });
});

describe('DuckDB (@duckdb/node-api): demo/sql/metrics.duckdb.sql', { skip: duckdb ? false : '@duckdb/node-api does not load on this platform' }, () => {
  let c;
  const docs = {};
  before(async () => {
    c = await duckConnection(sample);
    for (const interval of INTERVALS) docs[interval] = await duckDocument(c, interval);
  });
  after(() => c?.closeSync?.());

  test('the tables hold the whole sample', async () => {
    for (const table of OPERATION_TABLES) {
      const [r] = (await c.runAndReadAll(`select count(*)::integer as n from ${table}`)).getRowObjects();
      assert.equal(r.n, sample[table].length, table);
    }
  });

  for (const interval of INTERVALS) {
    test(`${interval}: metricFigure() of the SQL rows = the KPI's formula over counts summed in JS, every KPI × channel × period`, () => {
      figures[`DuckDB ${interval}`] = compare(docs[interval], sample, interval, 'DuckDB');
    });
  }

  test('the sample is at the seeds’ levels, and chat’s FCR climbs month by month', () => {
    checkLevels(docs.month.metrics);
  });

  test('a tiny table worked by hand: FCR, transfer, abandonment, response time, conversion, cart abandonment, AOV, CPC, CPA, ROI', async () => {
    const tiny = await duckConnection(TINY);
    try {
      checkTiny({ month: await duckDocument(tiny, 'month'), week: await duckDocument(tiny, 'week') }, 'DuckDB');
    } finally {
      tiny.closeSync?.();
    }
  });
});

test('PostgreSQL and DuckDB give the same rows, and the two files the same queries', { skip: duckdb ? false : '@duckdb/node-api does not load on this platform' }, async () => {
  assert.deepEqual(Object.keys(DUCK_SQL), Object.keys(PG_SQL));
  assert.deepEqual(Object.keys(METRICS_INTERVALS), Object.keys(METRICS_INTERVALS_DUCKDB));
  const db = await pgWith(sample);
  const c = await duckConnection(sample);
  const sorted = (rows) => [...rows].sort((a, b) => JSON.stringify([a.kpi, a.channel, a.period]).localeCompare(JSON.stringify([b.kpi, b.channel, b.period])));
  try {
    for (const interval of INTERVALS) close(sorted((await duckDocument(c, interval)).metrics), sorted((await metricsDocument(db, interval)).metrics), interval);
  } finally {
    await db.close();
    c.closeSync?.();
  }
});

after(() => {
  const rows = OPERATION_TABLES.map((t) => `${sample[t].length} ${t}`).join(', ');
  console.log(`sql-metrics: ${rows}; figures compared: ${JSON.stringify(figures)}`);
});
