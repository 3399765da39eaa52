// Large inputs for the "large data stays smooth" test, made once per server from the demo's
// seeded sample (demo/sample-data.mjs), so they are the same on every run:
//   largeResponses(n): the sample's 3 804 answers repeated to n, each with its own id, shaped as
//     <kpi-survey> posts them (about 130 bytes each: 1 000 000 are a 130 MB document);
//   largeJourneys(n): n customer journeys, one row per customer (a path, 1 conversion or 1 null).
import { sampleAnswers, sampleJourneys } from '../../demo/sample-data.mjs';

export function largeResponses(n) {
  const sample = sampleAnswers();
  const responses = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = sample[i % sample.length];
    responses[i] = { id: `${a.id.slice(0, 24)}${String(i).padStart(12, '0')}`, metric: a.metric, score: a.score, channel: a.channel, touchpoint: a.touchpoint, stage: a.stage, at: a.at };
  }
  return { responses };
}

export function largeJourneys(n) {
  const journeys = sampleJourneys(n).map((j) => ({
    path: j.touches.map((t) => t.channel),
    conversions: j.converted ? 1 : 0,
    nulls: j.converted ? 0 : 1,
    ...(j.converted ? { value: j.value } : {}),
  }));
  return { journeys };
}
