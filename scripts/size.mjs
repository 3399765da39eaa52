// `npm run size`: min + gzip bytes of each built dist entry (run after `npm run build`),
// as the markdown table of the README, against the budgets of scripts/entries.mjs.
// `--write` puts the table in README.md between its size markers.
// `--check` (run by `npm test`) exits 1 when an entry is over its budget, or when the
// README's table is not the one printed (sizes are deterministic, so it never goes stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { entries } from './entries.mjs';

const README = 'README.md';
const START = '<!-- size:start -->';
const END = '<!-- size:end -->';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const over = [];
const rows = Object.entries(entries).map(([name, { budget }]) => {
  const code = readFileSync(`dist/${name}.js`);
  const gzip = gzipSync(code, { level: 9 }).length;
  const ok = budget === null || gzip <= budget;
  if (!ok) over.push(`dist/${name}.js: ${gzip} B > ${budget} B`);
  return `| \`dist/${name}.js\` | ${kB(code.length)} | ${kB(gzip)} | ${budget === null ? '—' : `≤ ${kB(budget)}`} | ${ok ? 'ok' : '**over**'} |`;
});
const table = ['| entry | minified | min + gzip | budget | |', '| --- | ---: | ---: | ---: | --- |', ...rows].join('\n');
console.log(table);

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`\n${README} has no ${START} … ${END} markers around its size table.`);
  process.exit(1);
}
let current = readme.slice(start + START.length, end).trim();

if (process.argv.includes('--write') && current !== table) {
  writeFileSync(README, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
  console.log(`\nwrote the table into ${README}`);
  current = table;
}
if (process.argv.includes('--check')) {
  const problems = [...over.map((o) => `over budget (DESIGN.md §6): ${o}`)];
  if (current !== table) problems.push(`${README}'s size table differs from the one above: run \`npm run size -- --write\` and commit README.md`);
  if (problems.length > 0) {
    console.error(`\n${problems.join('\n')}`);
    process.exit(1);
  }
}
