// Fails when custom-elements.json is not what `npm run analyze` makes of src/ now.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory: keep it relative (git-ignored).
const out = '.cache/manifest-check';
try {
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--outdir', out], { stdio: 'pipe' });
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {}
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
