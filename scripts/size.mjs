// `npm run size`: min + gzip bytes of each built dist entry (run after `npm run build`),
// as a markdown table for the README, against the DESIGN.md §6 budgets.
// `--check` exits 1 when an entry is over its budget (sizes are deterministic).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { entries } from './entries.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [];
let over = 0;
for (const [name, { budget }] of Object.entries(entries)) {
  const code = readFileSync(`dist/${name}.js`);
  const gzip = gzipSync(code, { level: 9 }).length;
  const ok = budget === null || gzip <= budget;
  if (!ok) over++;
  rows.push(`| \`dist/${name}.js\` | ${kB(code.length)} | ${kB(gzip)} | ${budget === null ? '—' : `≤ ${kB(budget)}`} | ${ok ? 'ok' : '**over**'} |`);
}
console.log('| entry | minified | min + gzip | budget | |');
console.log('| --- | ---: | ---: | ---: | --- |');
console.log(rows.join('\n'));
if (process.argv.includes('--check') && over > 0) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget (DESIGN.md §6).`);
  process.exit(1);
}
