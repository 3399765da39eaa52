// The collector's aggregation SQL (demo/sql/kpis.sql) against the engine:
// the histograms and path counts PostgreSQL (PGlite, in memory) computes from
// the sample data give the same figures as the engine on the raw rows.
// Needs the built engine (dist/engine.js): `npm test` builds first.
import assert from 'node:assert/strict';
import { close } from './approx.mjs';
import { after, before, test } from 'node:test';
import { kpiDocument, openDb, seedIfEmpty } from '../../demo/db.mjs';
import { sampleAnswers, sampleJourneys } from '../../demo/sample-data.mjs';

const engine = await import('../../dist/engine.js');

let db;
let doc;
const answers = sampleAnswers();
const journeys = sampleJourneys();

/** Raw answers as the engine reads them (DESIGN.md §3 `responses`). */
const responses = answers.map((a) => ({
  id: a.id,
  metric: a.metric,
  score: a.score,
  min: a.min,
  max: a.max,
  channel: a.channel,
  touchpoint: a.touchpoint,
  stage: a.stage,
  at: a.at,
}));
/** One journey per customer, as a warehouse row before any GROUP BY. */
const perCustomer = journeys.map((j) => ({ path: j.touches.map((t) => t.channel), conversions: j.converted ? 1 : 0, value: j.value, nulls: j.converted ? 0 : 1 }));

before(async () => {
  db = await openDb();
  assert.equal(await seedIfEmpty(db), true);
  assert.equal(await seedIfEmpty(db), false, 'the sample loads once');
  doc = await kpiDocument(db);
});
after(() => db?.close());


test('the SQL output is a valid DESIGN.md §3 document', () => {
  const parsed = engine.KpiDocumentSchema.safeParse(doc);
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3)));
  const total = doc.histograms.reduce((n, h) => n + Object.values(h.counts).reduce((a, b) => a + b, 0), 0);
  assert.equal(total, answers.length);
  assert.ok(answers.length > 3000 && answers.length < 5000, `a few thousand answers (${answers.length})`);
  assert.equal(journeys.length, 10_000);
  // Far fewer rows than the raw data: that is the point of aggregating.
  assert.ok(doc.histograms.length < 100 && doc.journeys.length < journeys.length / 5);
});

test('NPS, CSAT and CES per channel, touchpoint and stage: SQL histograms = engine on raw answers', () => {
  // byChannel lists groups in order of first appearance, which differs between the inputs: compare by key.
  for (const by of ['channel', 'touchpoint', 'stage']) {
    for (const metric of ['nps', 'csat', 'ces']) {
      const fromSql = engine.byChannel(doc.histograms, metric, { by });
      const fromRaw = engine.byChannel(responses, metric, { by });
      close(sortByKey(fromSql), sortByKey(fromRaw), `${metric} by ${by}`);
    }
  }
  close(engine.nps(doc.histograms), engine.nps(responses), 'nps');
  close(engine.csat(doc.histograms), engine.csat(responses), 'csat');
  close(engine.ces(doc.histograms), engine.ces(responses), 'ces');
});

test('the sample has the seeds’ CSAT levels: email ≈ 75 %, chat ≈ 90 %, phone ≈ 60 %, store ≈ 85 %', () => {
  const csat = Object.fromEntries(engine.byChannel(doc.histograms, 'csat').map((r) => [r.key, r.score]));
  for (const [channel, level] of Object.entries({ email: 75, chat: 90, phone: 60, store: 85 })) {
    assert.ok(Math.abs(csat[channel] - level) < 4, `${channel} ${csat[channel]} ≈ ${level}`);
  }
});

test('attribution on SQL path counts = attribution on one row per customer, for every model', () => {
  const models = ['first-touch', 'last-touch', 'linear', 'position-based', 'markov', 'shapley'];
  for (const model of models) {
    close(sortChannels(engine.attribute(doc.journeys, { model })), sortChannels(engine.attribute(perCustomer, { model })), model);
  }
  const totals = doc.journeys.reduce((t, j) => ({ conversions: t.conversions + j.conversions, nulls: t.nulls + j.nulls }), { conversions: 0, nulls: 0 });
  assert.equal(totals.conversions, journeys.filter((j) => j.converted).length);
  assert.equal(totals.conversions + totals.nulls, journeys.length);
  close(
    doc.journeys.reduce((v, j) => v + j.value, 0),
    journeys.reduce((v, j) => v + j.value, 0),
    'value',
  );
});

test('the Sankey graph from SQL path counts = from one row per customer', () => {
  // Nodes and links come in order of first appearance, which differs between the inputs.
  const sorted = ({ nodes, links, ...rest }) => ({
    ...rest,
    nodes: [...nodes].sort((a, b) => a.id.localeCompare(b.id)),
    links: [...links].sort((a, b) => `${a.source}→${a.target}`.localeCompare(`${b.source}→${b.target}`)),
  });
  close(sorted(engine.journeyGraph(doc.journeys, { maxSteps: 4 })), sorted(engine.journeyGraph(perCustomer, { maxSteps: 4 })), 'graph');
});

const sortByKey = (rows) => [...rows].sort((a, b) => String(a.key).localeCompare(String(b.key)));
const sortChannels = (rows) => [...rows].sort((a, b) => a.channel.localeCompare(b.channel));