// `npm run size`: min + gzip bytes of what dist/ serves (run after `npm run build`): per
// page (the loader, plus each chunk the elements on the page import, each file gzipped
// on its own as a server sends it, shared chunks counted once) against the budgets of
// DESIGN.md §6 (scripts/entries.mjs `pages`), then per file.
// `--write` puts the tables in README.md between its size markers.
// `--check` (run by `npm test`) exits 1 when a page is over its budget, or when the
// README's tables are not the ones printed (sizes are deterministic, so they never go stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { elements, loader, modules, pages, standalone } from './entries.mjs';

const README = 'README.md';
const START = '<!-- size:start -->';
const END = '<!-- size:end -->';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const sizes = new Map();
/** min and min + gzip bytes of one dist file. */
function size(file) {
  if (!sizes.has(file)) {
    const code = readFileSync(join('dist', file));
    sizes.set(file, { min: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  return sizes.get(file);
}

/** `file` and every file it imports statically, transitively (paths relative to dist/). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join('dist', file), 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) closure(normalize(join(dirname(file), specifier)), seen);
  return seen;
}

const loaderFile = `${loader.name}.js`;
const elementFiles = Object.keys(elements).map((tag) => `${tag}.js`);
const shared = [...closure(elementFiles[0])].filter((f) => f.startsWith('chunks/') && elementFiles.every((e) => closure(e).has(f)));
const sum = (files) => [...files].reduce((total, f) => total + size(f).gzip, 0);

const over = [];
const pageRows = pages.map(({ name, tags = [], shared: onlyShared, file, budget, design }) => {
  const files = file ? new Set([file]) : onlyShared ? new Set(shared) : new Set([loaderFile, ...tags.flatMap((tag) => [...closure(`${tag}.js`)])]);
  const gzip = sum(files);
  const ok = gzip <= budget;
  if (!ok) over.push(`${name}: ${gzip} B > ${budget} B`);
  const what = file ? `\`${file}\`` : onlyShared ? `${shared.length} chunk${shared.length === 1 ? "" : "s"}` : tags.length ? tags.map((t) => `\`<${t}>\``).join(' ') : '`omnikpi.js`';
  const ceiling = design ? `≤ ${kB(budget)} (§6: ${kB(design)})` : `≤ ${kB(budget)}`;
  return `| ${name} | ${what} | ${files.size} | ${kB(gzip)} | ${ceiling} | ${ok ? 'ok' : '**over**'} |`;
});
const pageTable = ['| page | loads | files | min + gzip | budget | |', '| --- | --- | ---: | ---: | ---: | --- |', ...pageRows].join('\n');

const files = [loaderFile, ...elementFiles, ...Object.keys(modules).map((m) => `${m}.js`), ...Object.keys(standalone).map((s) => `${s}.js`)];
const chunkFiles = [...new Set(files.flatMap((f) => [...closure(f)]))].filter((f) => f.startsWith('chunks/')).sort();
const fileRows = [...files, ...chunkFiles].map((f) => `| \`dist/${f.startsWith('chunks/') ? f.replace(/-[\w-]{8}\.js$/, '-[hash].js') : f}\` | ${kB(size(f).min)} | ${kB(size(f).gzip)} |`);
const fileTable = ['| file | minified | min + gzip |', '| --- | ---: | ---: |', ...fileRows].join('\n');

const tables = `${pageTable}\n\n${fileTable}`;
console.log(tables);

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error(`\n${README} has no ${START} … ${END} markers around its size tables.`);
  process.exit(1);
}
let current = readme.slice(start + START.length, end).trim();

if (process.argv.includes('--write') && current !== tables) {
  writeFileSync(README, `${readme.slice(0, start + START.length)}\n${tables}\n${readme.slice(end)}`);
  console.log(`\nwrote the tables into ${README}`);
  current = tables;
}
if (process.argv.includes('--check')) {
  const problems = [...over.map((o) => `over budget (DESIGN.md §6): ${o}`)];
  if (current !== tables) problems.push(`${README}'s size tables differ from the ones above: run \`npm run size -- --write\` and commit README.md`);
  if (problems.length > 0) {
    console.error(`\n${problems.join('\n')}`);
    process.exit(1);
  }
}
