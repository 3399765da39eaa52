// The README's "Large data" quotes the collector's queries (histograms and journeys, periods, metrics): they must be the files the server and the tests run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first ```sql block after `heading`, as it is in the README. */
function quotedAfter(heading) {
  const at = readme.indexOf(heading);
  assert.ok(at >= 0, `README has "${heading}"`);
  return readme.slice(at).match(/```sql\n([\s\S]*?)```/)?.[1];
}

for (const [heading, file] of [
  ['### PostgreSQL (the collector', 'kpis.sql'],
  ['#### PostgreSQL (`demo/sql/trend.sql`)', 'trend.sql'],
  ['#### DuckDB (`demo/sql/trend.duckdb.sql`)', 'trend.duckdb.sql'],
  ['#### PostgreSQL (`demo/sql/metrics.sql`)', 'metrics.sql'],
  ['#### DuckDB (`demo/sql/metrics.duckdb.sql`)', 'metrics.duckdb.sql'],
]) {
  test(`README quotes demo/sql/${file} as it is`, () => {
    const sql = readFileSync(new URL(`../../demo/sql/${file}`, import.meta.url), 'utf8');
    assert.equal(quotedAfter(heading)?.trim(), sql.trim());
  });
}
