// The loader imports dist/<tag>.js for the tags it knows: they must be the element modules the build makes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elements } from '../../scripts/entries.mjs';

test("the loader's KNOWN_TAGS are the element modules of scripts/entries.mjs, in the same order", () => {
  const source = readFileSync(new URL('../../src/loader.ts', import.meta.url), 'utf8');
  const list = source.match(/export const KNOWN_TAGS = \[([^\]]*)\]/);
  assert.ok(list, 'src/loader.ts declares KNOWN_TAGS as an array literal');
  const tags = [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  assert.deepEqual(tags, Object.keys(elements));
});
