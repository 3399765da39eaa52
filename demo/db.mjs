/**
 * The collector's database: PGlite (PostgreSQL in WebAssembly) in a folder,
 * the schemas (demo/sql/schema.sql, demo/sql/metrics-schema.sql), the sample
 * data on first start, and the aggregations into DESIGN.md §3 documents:
 * demo/sql/kpis.sql (histograms, journeys), trend.sql (histograms per period),
 * metrics.sql (`metrics` rows).
 *
 * Used by demo/server.mjs and by the tests (with an in-memory database).
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sampleAnswers, sampleJourneys, sampleOperations } from './sample-data.mjs';

const here = new URL('./', import.meta.url);
export const SCHEMA_SQL = readFileSync(new URL('sql/schema.sql', here), 'utf8');
/** The operational tables (contacts, self_care, social_posts, email_campaigns, web_sessions, orders, ad_spend). */
export const METRICS_SCHEMA_SQL = readFileSync(new URL('sql/metrics-schema.sql', here), 'utf8');
/** The file the README's "Large data" section quotes. */
export const KPIS_SQL = readFileSync(new URL('sql/kpis.sql', here), 'utf8');

/** The named queries of a file: the text after each `-- name: x` line. */
export function namedQueries(text) {
  const queries = {};
  for (const part of text.split(/^-- name: */m).slice(1)) {
    const [name, ...rest] = part.split('\n');
    queries[name.trim()] = rest.join('\n').trim();
  }
  return queries;
}
const QUERIES = namedQueries(KPIS_SQL);
/** The period histograms for <kpi-trend> (quoted in the README's warehouse recipes too). */
export const TREND_SQL = readFileSync(new URL('sql/trend.sql', here), 'utf8');
const TREND_QUERIES = namedQueries(TREND_SQL);
/** The intervals the collector serves, and their query in trend.sql. */
export const TREND_INTERVALS = { day: 'daily', week: 'weekly', month: 'monthly' };
/** The latest commented answers, for <kpi-comments> (demo/sql/comments.sql). */
export const COMMENTS_SQL = readFileSync(new URL('sql/comments.sql', here), 'utf8');
const COMMENTS_QUERIES = namedQueries(COMMENTS_SQL);
/** The most answers /api/comments.json gives at once, and how many by default. */
export const COMMENTS_LIMIT = { max: 5000, default: 500 };
/** The `metrics` rows per KPI (demo/sql/metrics.sql; quoted in the README). */
export const METRICS_SQL = readFileSync(new URL('sql/metrics.sql', here), 'utf8');
const METRICS_QUERIES = namedQueries(METRICS_SQL);
/** The intervals /api/metrics.json serves, and the period format metrics.sql gets as $1 (to_char's). */
export const METRICS_INTERVALS = { month: 'YYYY-MM', week: 'IYYY-"W"IW' };
/** The same for demo/sql/metrics.duckdb.sql (strftime's). */
export const METRICS_INTERVALS_DUCKDB = { month: '%Y-%m', week: '%G-W%V' };
/** The tables of metrics-schema.sql, in the order they load (orders after web_sessions). */
export const OPERATION_TABLES = ['contacts', 'self_care', 'social_posts', 'email_campaigns', 'web_sessions', 'orders', 'ad_spend'];

export const ANSWER_COLUMNS = ['id', 'response_id', 'survey', 'metric', 'score', 'min', 'max', 'higher_is_easier', 'channel', 'touchpoint', 'stage', 'at', 'comment'];
const cols = ANSWER_COLUMNS.join(', ');

/** Opens (or creates) the database in `dataDir` (`memory://` or nothing: in memory) and makes the tables. */
export async function openDb(dataDir) {
  const db = await PGlite.create(dataDir ?? 'memory://');
  await db.exec(SCHEMA_SQL);
  await db.exec(METRICS_SCHEMA_SQL);
  return db;
}

/**
 * Loads the sample data into what is empty: the answers and journeys if there is no answer and no
 * journey yet, the operational tables if there is no contact yet (a folder made before they existed
 * gets them on its next start). Says whether it loaded anything.
 */
export async function seedIfEmpty(db) {
  const { rows } = await db.query(
    'select (select count(*) from answers)::integer + (select count(*) from journeys)::integer as n, (select count(*) from contacts)::integer as contacts',
  );
  const answersEmpty = rows[0].n === 0;
  const operationsEmpty = rows[0].contacts === 0;
  if (!answersEmpty && !operationsEmpty) return false;
  await db.transaction(async (tx) => {
    if (answersEmpty) {
      const journeys = sampleJourneys();
      const touches = journeys.flatMap((j) => j.touches.map((t) => ({ journey_id: j.id, ...t })));
      await insertAnswers(tx, sampleAnswers());
      await tx.query(
        `insert into journeys (id, converted, value, converted_at)
         select id, converted, value, converted_at from json_populate_recordset(null::journeys, $1::json)`,
        [JSON.stringify(journeys.map(({ touches: _, ...j }) => j))],
      );
      await tx.query(
        `insert into touches (journey_id, step, channel, at)
         select journey_id, step, channel, at from json_populate_recordset(null::touches, $1::json)`,
        [JSON.stringify(touches)],
      );
    }
    if (operationsEmpty) await insertOperations(tx, sampleOperations());
  });
  return true;
}

/** Inserts `{ contacts: [...], orders: [...], … }` (sampleOperations' shape) into the operational tables. */
export async function insertOperations(db, tables) {
  for (const table of OPERATION_TABLES) {
    const rows = tables[table];
    if (!rows?.length) continue;
    await db.query(`insert into ${table} select * from json_populate_recordset(null::${table}, $1::json)`, [JSON.stringify(rows)]);
  }
}

/**
 * Inserts answer rows (`ANSWER_COLUMNS` keys); an id already stored is skipped
 * (`on conflict (id) do nothing`). Returns the ids actually inserted.
 */
export async function insertAnswers(db, rows) {
  const { rows: inserted } = await db.query(
    `insert into answers (${cols})
     select ${cols} from json_populate_recordset(null::answers, $1::json)
     on conflict (id) do nothing
     returning id`,
    [JSON.stringify(rows)],
  );
  return inserted.map((r) => r.id);
}

/** One stored answer by id (`at` and `received_at` as ISO strings), or undefined. */
export async function getAnswer(db, id) {
  const { rows } = await db.query(`select ${cols}, received_at from answers where id = $1`, [id]);
  const row = rows[0];
  if (!row) return undefined;
  for (const key of ['at', 'received_at']) if (row[key] instanceof Date) row[key] = row[key].toISOString();
  return row;
}

/** `{ histograms, journeys }` computed by demo/sql/kpis.sql. */
export async function kpiDocument(db) {
  const [h, j] = await Promise.all([db.query(QUERIES.histograms), db.query(QUERIES.journeys)]);
  return { histograms: foldHistograms(h.rows), journeys: j.rows.map((r) => ({ path: r.path, conversions: r.conversions, value: r.value, nulls: r.nulls })) };
}

/**
 * The latest `limit` answers with a comment, newest first (demo/sql/comments.sql), as
 * `responses` items: `{ responses: [{ id, responseId, metric, score, min, max, higherIsEasier?, channel?, touchpoint?, stage?, at?, comment }] }`.
 */
export async function commentsDocument(db, limit = COMMENTS_LIMIT.default) {
  const { rows } = await db.query(COMMENTS_QUERIES.latest, [limit]);
  const responses = rows.map((r) => {
    const item = { id: r.id, responseId: r.response_id ?? undefined, metric: r.metric, score: r.score, min: r.min, max: r.max };
    if (r.higher_is_easier !== null) item.higherIsEasier = r.higher_is_easier;
    for (const key of ['channel', 'touchpoint', 'stage']) if (r[key] !== null) item[key] = r[key];
    if (r.at) item.at = r.at instanceof Date ? r.at.toISOString() : r.at;
    item.comment = r.comment;
    return item;
  });
  return { responses };
}

/**
 * The score histograms per channel and per period (`interval`: day, week or month, in
 * Europe/Paris, trend.sql), as <kpi-trend> reads them: `{ histograms: [{ metric, channel, period, counts }] }`.
 * Answers without a time keep no period (trend() counts them as undated).
 */
export async function trendDocument(db, interval) {
  const { rows } = await db.query(TREND_QUERIES[TREND_INTERVALS[interval]]);
  return { histograms: foldPeriodRows(rows) };
}

/** Rows `{ metric, channel, period, score, count }` (trend.sql) → histograms `{ metric, channel?, period?, counts }`. */
export function foldPeriodRows(rows) {
  const groups = new Map();
  for (const r of rows) {
    const key = JSON.stringify([r.metric, r.channel, r.period]);
    let h = groups.get(key);
    if (!h) {
      h = { metric: r.metric };
      if (r.channel != null) h.channel = r.channel;
      if (r.period != null) h.period = r.period;
      h.counts = {};
      groups.set(key, h);
    }
    h.counts[String(r.score)] = Number(r.count);
  }
  return [...groups.values()];
}

/** Rows `{ metric, channel, touchpoint, stage, min, max, score, n }` → histograms with `counts` by score. */
export function foldHistograms(rows) {
  const groups = new Map();
  for (const r of rows) {
    const key = JSON.stringify([r.metric, r.channel, r.touchpoint, r.stage, r.min, r.max]);
    let h = groups.get(key);
    if (!h) {
      h = { metric: r.metric };
      for (const label of ['channel', 'touchpoint', 'stage']) if (r[label] != null) h[label] = r[label];
      h.min = r.min;
      h.max = r.max;
      h.counts = {};
      groups.set(key, h);
    }
    h.counts[String(r.score)] = Number(r.n);
  }
  return [...groups.values()];
}

/** Keys of a `metrics` row that are labels (strings); every other key is a count or an amount. */
const METRIC_LABELS = new Set(['kpi', 'channel', 'touchpoint', 'stage', 'period']);

/**
 * Rows of metrics.sql (or metrics.duckdb.sql) → DESIGN.md §3 `metrics` rows: null keys dropped
 * (a median over no answer, a missing label), counts and amounts as JS numbers (PostgreSQL's
 * bigint and numeric, DuckDB's BIGINT come as BigInt or strings).
 */
export function foldMetricRows(rows) {
  return rows.map((r) => {
    const row = {};
    for (const [key, value] of Object.entries(r)) {
      if (value == null) continue;
      row[key] = METRIC_LABELS.has(key) ? String(value) : Number(value);
    }
    return row;
  });
}

/**
 * The `metrics` rows per channel and period (`interval`: month or week, in Europe/Paris), every
 * KPI of demo/sql/metrics.sql, as <kpi-scorecard> reads them: `{ metrics: [...], currency: 'EUR' }`.
 */
export async function metricsDocument(db, interval = 'month') {
  const format = METRICS_INTERVALS[interval];
  if (format === undefined) throw new RangeError(`interval: one of ${Object.keys(METRICS_INTERVALS).join(', ')}, got ${JSON.stringify(interval)}`);
  const metrics = [];
  for (const sql of Object.values(METRICS_QUERIES)) metrics.push(...foldMetricRows((await db.query(sql, [format])).rows));
  return { metrics, currency: 'EUR' };
}
