// The built engine runs in Node, with no DOM (run after `npm run build`).
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('dist/engine.js imports in Node without a DOM', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  const engine = await import('../../dist/engine.js');
  // [10, 9, 0]: 2 promoters, 1 detractor of 3 → 100/3; margin 196·√((1 − 1/9)/3) = 106.69
  const r = engine.nps([10, 9, 0]);
  assert.equal(r.n, 3);
  assert.ok(Math.abs(r.score - 100 / 3) < 1e-12);
  assert.ok(Math.abs(r.marginOfError - 106.689) < 1e-3);
});

test('the engine exports its zod schemas, usable for server-side validation', async () => {
  const { KpiDocumentSchema } = await import('../../dist/engine.js');
  const bad = KpiDocumentSchema.safeParse({ responses: [{ metric: 'nps', score: 11 }] });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error.issues[0].path, ['responses', 0, 'score']);
  assert.equal(KpiDocumentSchema.safeParse({ responses: [{ metric: 'csat', score: 4, channel: 'email' }] }).success, true);
});

test('the same figures from raw answers and from a histogram', async () => {
  const { csat } = await import('../../dist/engine.js');
  const raw = csat([5, 5, 4, 3, 1]);
  assert.deepEqual(csat({ counts: { 5: 2, 4: 1, 3: 1, 1: 1 } }), raw);
  assert.equal(raw.score, 60); // 3 of 5 at 4–5
});
