// The README's "Large data" quotes the collector's query: it must be the file the server runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('README quotes demo/sql/kpis.sql as it is', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### PostgreSQL (the collector'));
  const quoted = section.match(/```sql\n([\s\S]*?)```/)?.[1];
  const file = readFileSync(new URL('../../demo/sql/kpis.sql', import.meta.url), 'utf8');
  assert.equal(quoted?.trim(), file.trim());
});
