// `npm run build`: every dist entry built on its own (vite library mode, one run
// per entry, so each file stands alone behind one script tag), then the type
// declarations and unbundled modules for bundlers (tsc → dist/lib).
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { entries } from './entries.mjs';

rmSync('dist', { recursive: true, force: true });
for (const name of Object.keys(entries)) {
  process.env.OMNIKPI_ENTRY = name;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  console.log(`built dist/${name}.js`);
}
delete process.env.OMNIKPI_ENTRY;
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// The worker as one self-contained file in dist/lib too: a bundler copies a `new URL(…, import.meta.url)`
// file as it is, without the modules it imports.
copyFileSync('dist/omnikpi-worker.js', 'dist/lib/data/document-worker.js');
console.log('built dist/lib (modules and type declarations)');
