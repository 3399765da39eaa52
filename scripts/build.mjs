// `npm run build`: the element modules and their shared chunks (one split build), the
// loader, the files that stand alone (every element in one file, the worker), then the
// type declarations and unbundled modules for bundlers (tsc → dist/lib).
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { loader, standalone } from './entries.mjs';

rmSync('dist', { recursive: true, force: true });
for (const name of ['split', loader.name, ...Object.keys(standalone)]) {
  process.env.OMNIKPI_ENTRY = name;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(name === 'split' ? 'built dist/kpi-*.js, dist/engine.js and dist/chunks/' : `built dist/${name}.js`);
}
delete process.env.OMNIKPI_ENTRY;
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// The worker as one self-contained file in dist/lib too: a bundler copies a `new URL(…, import.meta.url)`
// file as it is, without the modules it imports.
copyFileSync('dist/omnikpi-worker.js', 'dist/lib/data/document-worker.js');
console.log('built dist/lib (modules and type declarations)');
