// README.md's attribute and event tables, part names and custom properties agree with custom-elements.json (scripts/check-readme-api.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkReadmeApi, manifestElements, readmeSections } from '../../scripts/check-readme-api.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

test('every element of custom-elements.json has a README section', () => {
  assert.deepEqual([...readmeSections(readme).keys()].sort(), [...manifestElements(manifest).keys()].sort());
});

test("the README's attributes, events, parts and custom properties agree with custom-elements.json", () => {
  const problems = checkReadmeApi(readme, manifest);
  assert.deepEqual(problems, [], `README.md disagrees with custom-elements.json (see scripts/check-readme-api.mjs):\n${problems.join('\n')}`);
});

test('the check notices a missing row, an extra row and a wrong property', () => {
  // The rows this test edits; rename them here if the README's change.
  for (const row of ['| `min-n` | `minN` |', '| `kpi-survey-queued` |']) assert.ok(readme.includes(row), `README.md has no row starting ${row}`);
  const drop = (text, start) => text.split('\n').filter((l) => !l.startsWith(start)).join('\n');
  // A missing attribute row and a missing event row.
  assert.ok(checkReadmeApi(drop(readme, '| `min-n` |'), manifest).some((p) => p.includes('`min-n`')));
  assert.ok(checkReadmeApi(drop(readme, '| `kpi-survey-queued` |'), manifest).some((p) => p.includes('`kpi-survey-queued`')));
  // A row the manifest lacks.
  const extra = readme.replace('| `min-n` |', '| `max-n` | `maxN` | number | — | not an attribute |\n| `min-n` |');
  assert.ok(checkReadmeApi(extra, manifest).some((p) => p.includes('`max-n` is not in custom-elements.json')));
  // A property that is not the manifest's fieldName.
  const wrong = readme.replace('| `min-n` | `minN` |', '| `min-n` | `min_n` |');
  assert.ok(checkReadmeApi(wrong, manifest).some((p) => p.includes('`min-n` has property `minN`')));
});

test('the check notices a missing part and an unknown custom property', () => {
  const gauge = readme.indexOf('## `<kpi-nps-gauge>`');
  assert.ok(gauge >= 0 && readme.indexOf('`split`, ', gauge) > 0 && readme.indexOf('`--kpi-gauge-max-width`', gauge) > 0, 'README.md: the gauge section no longer names `split` and `--kpi-gauge-max-width`');
  const at = (needle, replacement) => readme.slice(0, gauge) + readme.slice(gauge).replace(needle, replacement);
  assert.ok(checkReadmeApi(at('`split`, ', ''), manifest).some((p) => p.includes('part `split`')));
  assert.ok(checkReadmeApi(at('`--kpi-gauge-max-width`', '`--kpi-gauge-width`'), manifest).some((p) => p.includes('`--kpi-gauge-width` is not in custom-elements.json')));
});
