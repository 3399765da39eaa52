// @custom-elements-manifest/analyzer: `npm run analyze` writes custom-elements.json from the JSDoc in src/.
// The manifest is shipped in the npm package, which has dist/ but not src/: it describes what a consumer
// gets (the modules of dist/lib, the public API), so src/ paths become dist/lib ones and private members go.
import { posix } from 'node:path';

/** `src/a/b.ts` (or the analyzer's `/src/a/b.js` for a superclass) → `dist/lib/a/b.js`, the shipped module tsc makes of it. */
export function shippedPath(path) {
  const m = /^\/?src\/(.+)\.(?:ts|js)$/.exec(path);
  return m ? `dist/lib/${m[1]}.js` : path;
}

/**
 * Not part of the API a consumer may use: ECMAScript private names (`#x`), the `_x` convention, members
 * marked `private` / `protected` (TypeScript keywords or @private / @protected), and static members
 * (the element's internals for Lit and the browser, e.g. `static formAssociated`) unless marked public.
 */
export function isPrivateMember(member) {
  const name = String(member.name ?? '');
  if (name.startsWith('#') || name.startsWith('_')) return true;
  if (member.privacy === 'private' || member.privacy === 'protected') return true;
  return member.static === true && member.privacy !== 'public';
}

/**
 * Every `path` / `module` reference under `node` rewritten in place with shippedPath; a relative one
 * (`./gauge.js` of a re-export) is first resolved against `dir`, the folder of the module it is in.
 */
function rewritePaths(node, dir) {
  if (Array.isArray(node)) {
    for (const item of node) rewritePaths(item, dir);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        node[key] = shippedPath(value.startsWith('.') ? posix.join(dir, value) : value);
      } else rewritePaths(value, dir);
    }
  }
}

export default {
  globs: ['src/**/*.ts'],
  // The framework wrappers and types are written from this manifest (scripts/generate-frameworks.mjs), not part of it.
  exclude: ['src/react/**', 'src/vue/**'],
  litelement: true,
  // package.json already points at custom-elements.json; the freshness check writes elsewhere and must not repoint it.
  packagejson: false,
  plugins: [
    {
      name: 'omnikpi:public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.declarations = (mod.declarations ?? []).filter((d) => !String(d.name ?? '').startsWith('_') && !String(d.name ?? '').startsWith('#'));
          for (const d of mod.declarations) if (Array.isArray(d.members)) d.members = d.members.filter((member) => !isPrivateMember(member));
          if (Array.isArray(mod.exports)) mod.exports = mod.exports.filter((e) => !String(e.name ?? '').startsWith('_'));
        }
      },
    },
    {
      name: 'omnikpi:shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) rewritePaths(mod, posix.dirname(mod.path));
      },
    },
    {
      // The analyzer reads files in parallel, so module order varies from run to run:
      // sort by path so the committed manifest can be compared byte for byte.
      name: 'omnikpi:stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
