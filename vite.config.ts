/**
 * Two jobs:
 * - `npx vite`: the demo pages (demo/) with the elements straight from src/, without
 *   the collector API (`npm start` runs demo/server.mjs, which adds it and its database);
 * - `npm run build`: scripts/build.mjs runs one library build per entry with
 *   OMNIKPI_ENTRY set, so each dist file stands alone (one script tag, no chunks).
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { entries } from './scripts/entries.mjs';

/**
 * Lit's css`` and html`` literals are shipped as written; in the script-tag
 * files their layout whitespace goes (the same rules and markup, fewer bytes).
 * CSS: comments, runs of spaces, spaces around `{ } ; ,` and after `:` (never
 * before it: that space is a descendant selector). HTML: a line break and its
 * indentation become one space, which renders the same; a literal holding `//`
 * (a comment in an expression, a URL) is left as it is.
 */
function minifyLitLiterals(): Plugin {
  const squeeze = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .trim();
  return {
    name: 'omnikpi:minify-lit-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = code
        .replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${squeeze(body)}\``)
        .replace(/\b(html|svg)`([^`]*)`/g, (all, tag: string, body: string) => (body.includes('//') ? all : `${tag}\`${body.replace(/\n\s*/g, ' ')}\``));
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * The elements start src/data/document-worker.ts from `new URL('./document-worker.js', import.meta.url)`
 * (what Vite's dev server, web-test-runner and bundlers of dist/lib resolve). A script-tag file
 * points it at dist/omnikpi-worker.js, the worker built as its own entry, beside it; Vite would
 * otherwise inline the TypeScript source as an asset.
 */
function workerBesideEntry(): Plugin {
  return {
    name: 'omnikpi:worker-beside-entry',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/data/read-in-worker.ts')) return null;
      const out = code.replace("new URL('./document-worker.js', import.meta.url)", "new URL(/* @vite-ignore */ './omnikpi-worker.js', import.meta.url)");
      if (out === code) throw new Error('read-in-worker.ts: the worker URL moved; update workerBesideEntry in vite.config.ts');
      return { code: out, map: null };
    },
  };
}

function libraryBuild(name: string): UserConfig {
  const entry = entries[name]?.source;
  if (!entry) throw new Error(`Unknown entry ${name}; known: ${Object.keys(entries).join(', ')}`);
  return {
    publicDir: false,
    plugins: [minifyLitLiterals(), workerBesideEntry()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: resolve(import.meta.dirname, entry), formats: ['es'], fileName: () => `${name}.js` },
      // Library mode keeps whitespace in ES output for bundlers; these files are for
      // script tags (bundlers get dist/lib), so minify them fully.
      // Annotation and JSDoc comments only serve bundlers, which use dist/lib; licences stay.
      rolldownOptions: { output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
    },
  };
}

export default defineConfig(() => {
  const entry = process.env.OMNIKPI_ENTRY;
  if (entry) return libraryBuild(entry);
  return {
    root: 'demo',
    server: { port: 5173, host: 'localhost' },
    preview: { port: 5173 },
  };
});
