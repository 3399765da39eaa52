// The npm package as a consumer gets it (issue 13): `npm pack` of the built kit (run after
// `npm run build`, as `npm test` does), read from the tarball itself, then installed into a fresh
// project. Checks: no source map is shipped; LICENSE, README and the manifest are; every module
// path of the shipped custom-elements.json names a file of the tarball and no private member is
// described; and the consumer's tree has exactly one d3-array, version 3 (the one the tests ran
// on), and no d3-sankey, d3-shape or d3-path.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args, cwd) => execFileSync(npm, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

/** Every `path` / `module` string of a manifest, with where it was found. */
function modulePaths(node, at = '$', out = []) {
  if (Array.isArray(node)) node.forEach((item, i) => modulePaths(item, `${at}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') out.push({ at: `${at}.${key}`, value });
      else modulePaths(value, `${at}.${key}`, out);
    }
  }
  return out;
}

/** Every package of an `npm ls --all --json` tree: `{ name, version, at }`, `at` the chain of names. */
function packages(tree, at = [], out = []) {
  for (const [name, dep] of Object.entries(tree.dependencies ?? {})) {
    out.push({ name, version: dep.version, at: [...at, name].join(' > ') });
    packages(dep, [...at, name], out);
  }
  return out;
}

/** Folders named `name` in any node_modules under `dir`. */
function installedCopies(dir, name, out = []) {
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) return out;
  for (const entry of readdirSync(modules)) {
    if (entry.startsWith('.')) continue;
    const inner = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((n) => `${entry}/${n}`) : [entry];
    for (const pkg of inner) {
      if (pkg === name) out.push(join(modules, pkg));
      installedCopies(join(modules, pkg), name, out);
    }
  }
  return out;
}

describe('the npm package (npm pack of the built kit)', () => {
  const work = mkdtempSync(join(tmpdir(), 'omnikpi-pack-'));
  let files;
  let tarball;
  let unpacked;

  before(() => {
    assert.ok(existsSync(join(repo, 'dist/lib/index.js')), 'dist/ is not built: run `npm run build` first (`npm test` does)');
    const [pack] = JSON.parse(run(['pack', '--json', '--pack-destination', work], repo));
    files = pack.files.map((f) => f.path);
    tarball = join(work, pack.filename);
    unpacked = join(work, 'unpacked');
    execFileSync('mkdir', ['-p', unpacked]);
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  test('ships no source map and no sourceMappingURL in the dist/lib modules', () => {
    assert.deepEqual(files.filter((f) => f.endsWith('.map')), []);
    const mapped = files.filter((f) => f.startsWith('dist/lib/') && /\.(js|d\.ts)$/.test(f) && /sourceMappingURL=/.test(readFileSync(join(unpacked, 'package', f), 'utf8')));
    // dist/lib/data/document-worker.js is the built worker copied as it is (scripts/build.mjs): its map comment is the bundler's.
    assert.deepEqual(mapped.filter((f) => f !== 'dist/lib/data/document-worker.js'), []);
  });

  test('ships LICENSE (MIT), README.md, custom-elements.json and package.json with repository, homepage and bugs', () => {
    for (const f of ['LICENSE', 'README.md', 'custom-elements.json', 'package.json']) assert.ok(files.includes(f), `${f} in the tarball`);
    assert.match(readFileSync(join(unpacked, 'package/LICENSE'), 'utf8'), /^MIT License\n\nCopyright \(c\) 2026 the omnikpi authors\n/);
    const pkg = JSON.parse(readFileSync(join(unpacked, 'package/package.json'), 'utf8'));
    assert.equal(pkg.license, 'MIT');
    assert.match(pkg.repository.url, /github\.com\/omnikpi\/omnikpi/);
    assert.equal(pkg.homepage, 'https://github.com/omnikpi/omnikpi#readme');
    assert.equal(pkg.bugs.url, 'https://github.com/omnikpi/omnikpi/issues');
    assert.equal(pkg.dependencies['d3-sankey'], undefined);
  });

  test('every module path of the shipped custom-elements.json is a file of the tarball', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package/custom-elements.json'), 'utf8'));
    const paths = modulePaths(manifest).filter(({ value }) => value.includes('/')); // bare package names (`lit`) are not paths
    assert.ok(paths.length > 300, `the manifest names its modules (${paths.length})`);
    assert.deepEqual(paths.filter(({ value }) => !files.includes(value)), [], 'paths not in the tarball');
    // The elements are there, from the modules a consumer imports.
    const tags = manifest.modules.flatMap((m) => m.declarations.filter((d) => d.tagName).map((d) => `${d.tagName} ${m.path}`));
    assert.deepEqual(tags.sort(), [
      'kpi-attribution-sankey dist/lib/elements/attribution-sankey/attribution-sankey.component.js',
      'kpi-channel-csat dist/lib/elements/channel-csat/channel-csat.component.js',
      'kpi-comments dist/lib/elements/comments/comments.component.js',
      'kpi-heatmap dist/lib/elements/heatmap/heatmap.component.js',
      'kpi-nps-gauge dist/lib/elements/nps-gauge/nps-gauge.component.js',
      'kpi-scorecard dist/lib/elements/scorecard/scorecard.component.js',
      'kpi-survey dist/lib/elements/survey/survey.component.js',
      'kpi-trend dist/lib/elements/trend/trend.component.js',
    ]);
  });

  test('the shipped custom-elements.json describes no private member', () => {
    const manifest = JSON.parse(readFileSync(join(unpacked, 'package/custom-elements.json'), 'utf8'));
    const members = manifest.modules.flatMap((m) => m.declarations.flatMap((d) => (d.members ?? []).map((member) => ({ ...member, of: `${m.path} ${d.name}` }))));
    assert.ok(members.length > 50, `members are described (${members.length})`);
    const hidden = members.filter((m) => /^[#_]/.test(m.name) || m.privacy === 'private' || m.privacy === 'protected' || m.static);
    assert.deepEqual(hidden.map((m) => `${m.of}.${m.name}`), []);
    // The public API is still there: an element's own and inherited properties, and its attributes.
    const gauge = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'kpi-nps-gauge');
    for (const name of ['channel', 'data', 'src', 'target', 'reload', 'status']) assert.ok(gauge.members.some((m) => m.name === name), `KpiNpsGauge.${name}`);
    assert.ok(gauge.attributes.some((a) => a.name === 'target'));
  });

  test('installed into a fresh project: one d3-array, version 3, and no d3-sankey, d3-shape or d3-path', { timeout: 120_000 }, () => {
    const consumer = join(work, 'consumer');
    execFileSync('mkdir', ['-p', consumer]);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    run(['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--no-package-lock'], consumer);
    assert.ok(existsSync(join(consumer, 'node_modules/omnikpi/dist/lib/index.js')), 'omnikpi is installed');
    assert.match(JSON.parse(readFileSync(join(consumer, 'node_modules/d3-array/package.json'), 'utf8')).version, /^3\./);
    assert.deepEqual(installedCopies(consumer, 'd3-array'), [join(consumer, 'node_modules/d3-array')], 'no nested d3-array');
    for (const name of ['d3-sankey', 'd3-shape', 'd3-path']) assert.deepEqual(installedCopies(consumer, name), [], `${name} is not installed`);
    // The same through npm's own view of the tree.
    const tree = JSON.parse(run(['ls', '--all', '--json'], consumer));
    const d3 = packages(tree).filter((p) => p.name.startsWith('d3-'));
    assert.ok(d3.length >= 1, 'omnikpi > d3-array in npm ls');
    assert.deepEqual([...new Set(d3.map((p) => `${p.name}@${p.version.split('.')[0]}`))], ['d3-array@3'], JSON.stringify(d3));
  });
});
