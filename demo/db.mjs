/**
 * The collector's database: PGlite (PostgreSQL in WebAssembly) in a folder,
 * the schema (demo/sql/schema.sql), the sample data on first start, and the
 * aggregation of demo/sql/kpis.sql into the DESIGN.md §3 document.
 *
 * Used by demo/server.mjs and by the tests (with an in-memory database).
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sampleAnswers, sampleJourneys } from './sample-data.mjs';

const here = new URL('./', import.meta.url);
export const SCHEMA_SQL = readFileSync(new URL('sql/schema.sql', here), 'utf8');
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

export const ANSWER_COLUMNS = ['id', 'response_id', 'survey', 'metric', 'score', 'min', 'max', 'higher_is_easier', 'channel', 'touchpoint', 'stage', 'at', 'comment'];
const cols = ANSWER_COLUMNS.join(', ');

/** Opens (or creates) the database in `dataDir` (`memory://` or nothing: in memory) and makes the tables. */
export async function openDb(dataDir) {
  const db = await PGlite.create(dataDir ?? 'memory://');
  await db.exec(SCHEMA_SQL);
  return db;
}

/** Loads the sample data if the database holds no answer and no journey yet; says whether it did. */
export async function seedIfEmpty(db) {
  const { rows } = await db.query('select (select count(*) from answers)::integer + (select count(*) from journeys)::integer as n');
  if (rows[0].n > 0) return false;
  const journeys = sampleJourneys();
  const touches = journeys.flatMap((j) => j.touches.map((t) => ({ journey_id: j.id, ...t })));
  await db.transaction(async (tx) => {
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
  });
  return true;
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
