// `node scripts/lock-platform-packages.mjs` after an `npm install` on this workplace: its npm registry
// mirror lacks rollup's prebuilt packages for other platforms, so npm leaves them out of the lock
// and `npm ci` then refuses the lock. This adds their entries, as the public registry would.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const rollup = lock.packages['node_modules/rollup'];
const cpuOf = (n) => (n.match(/(arm64|x64|ia32|arm|loong64|ppc64|riscv64|s390x)/) || [])[1];
const osOf = (n) => (n.match(/(android|darwin|freebsd|linux|openbsd|openharmony|win32)/) || [])[1];
let added = 0;
for (const [name, version] of Object.entries(rollup.optionalDependencies)) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const base = name.split('/')[1];
  lock.packages[key] = {
    version,
    resolved: `https://registry.npmjs.org/${name}/-/${base}-${version}.tgz`,
    cpu: [cpuOf(base)],
    dev: true,
    license: 'MIT',
    optional: true,
    os: [osOf(base)],
    ...(base.includes("musl") ? { libc: ["musl"] } : base.includes("gnu") ? { libc: ["glibc"] } : {}),
  };
  added++;
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
