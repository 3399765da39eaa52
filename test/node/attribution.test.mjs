// The built engine's attribution, journey graph and KPIs run in Node, with no DOM (run after `npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';

const journeys = [
  { path: 'a > b', conversions: 1, value: 10 },
  { path: ['a'], conversions: 0, nulls: 1 },
  { path: [{ channel: 'b' }], conversions: 1, value: 20, nulls: 1 },
  { path: 'c > a > b', conversions: 2, value: 5, nulls: 2 },
];

test('dist/engine.js attributes journeys in Node without a DOM', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  const { attribute, markovModel, compareModels, ATTRIBUTION_MODELS } = await import('../../dist/engine.js');
  // Removal effects by hand: a 5/7, b 1, c 10/21 → shares 15/46, 21/46, 10/46 of 4 conversions
  const markov = attribute(journeys, { model: 'markov' });
  assert.deepEqual(markov.map((r) => r.channel), ['a', 'b', 'c']);
  assert.ok(Math.abs(markov[0].conversions - 60 / 46) < 1e-12);
  assert.ok(Math.abs(markovModel(journeys).conversionProbability - 0.5) < 1e-12);
  // Shapley, equal split among distinct channels: a ½ + ⅔, b 1 + ½ + ⅔, c ⅔
  const shapley = attribute(journeys, { model: 'shapley' });
  assert.ok(Math.abs(shapley[0].conversions - (0.5 + 2 / 3)) < 1e-12);
  assert.ok(Math.abs(shapley[1].conversions - (1 + 0.5 + 2 / 3)) < 1e-12);
  assert.equal(compareModels(journeys).results.length, ATTRIBUTION_MODELS.length - 1);
});

test('dist/engine.js builds journey graphs and operations KPIs in Node', async () => {
  const { journeyGraph, firstContactResolution } = await import('../../dist/engine.js');
  const g = journeyGraph(journeys, { minShare: 0 });
  assert.deepEqual(g.nodes.map((n) => n.id), ['a@1', 'b@1', 'c@1', 'b@2', 'a@2', 'b@3', 'conversion', 'no conversion']);
  assert.equal(g.journeys, 8);
  assert.deepEqual(firstContactResolution({ resolvedFirst: 72, contacts: 90 }), { value: 80, n: 90 });
  assert.throws(() => firstContactResolution({ resolvedFirst: 91, contacts: 90 }), RangeError);
});
