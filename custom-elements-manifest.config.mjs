// @custom-elements-manifest/analyzer: `npm run analyze` writes custom-elements.json from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  // package.json already points at custom-elements.json; the freshness check writes elsewhere and must not repoint it.
  packagejson: false,
};
