// @custom-elements-manifest/analyzer: `npm run analyze` writes custom-elements.json from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  // The framework wrappers and types are written from this manifest (scripts/generate-frameworks.mjs), not part of it.
  exclude: ['src/react/**', 'src/vue/**'],
  litelement: true,
  // package.json already points at custom-elements.json; the freshness check writes elsewhere and must not repoint it.
  packagejson: false,
  plugins: [
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
