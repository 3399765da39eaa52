/**
 * Two jobs:
 * - `npx vite`: the demo pages (demo/) with the elements straight from src/, without
 *   the collector API (`npm start` runs demo/server.mjs, which adds it and its database);
 * - `npm run build`: scripts/build.mjs runs, with OMNIKPI_ENTRY set, the split build
 *   (`split`: the element modules and their shared chunks), the loader (`omnikpi`), and
 *   one build per file that stands alone (`omnikpi-all`, `omnikpi-worker`).
 */
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { elements, loader, modules, standalone } from './scripts/entries.mjs';

/**
 * Lit's css`` and html`` literals are shipped as written; in the script-tag
 * files their layout whitespace goes (the same rules and markup, fewer bytes).
 * Only the literals' text is touched (found in the syntax tree, so a literal
 * nested in another one's `${}` is squeezed too, and code never is).
 * CSS: comments, runs of spaces, spaces around `{ } ; ,` and after `:` (never
 * before it: that space is a descendant selector). HTML: a line break and its
 * indentation become one space, which renders the same.
 */
function minifyLitLiterals(): Plugin {
  const squeezeCss = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':');
  const squeezeHtml = (text: string) => text.replace(/\n\s*/g, ' ');
  type Node = { type?: string; start: number; end: number; [key: string]: unknown };
  return {
    name: 'omnikpi:minify-lit-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits: Array<[start: number, end: number, text: string]> = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Node;
        const tag = n.type === 'TaggedTemplateExpression' && (n.tag as Node).type === 'Identifier' ? (n.tag as { name: string }).name : '';
        if (tag === 'css' || tag === 'html' || tag === 'svg') {
          const quasis = (n.quasi as { quasis: Node[] }).quasis;
          quasis.forEach((q, i) => {
            let text = code.slice(q.start, q.end);
            if (tag === 'css') {
              text = squeezeCss(text);
              if (i === 0) text = text.trimStart();
              if (i === quasis.length - 1) text = text.trimEnd();
            } else text = squeezeHtml(text);
            edits.push([q.start, q.end, text]);
          });
        }
        for (const key in n) if (key !== 'tag') visit(n[key]);
      };
      visit(this.parse(code));
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
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
function workerBesideEntry(from: string): Plugin {
  const marker = `${from}omnikpi-worker.js`;
  return {
    name: 'omnikpi:worker-beside-entry',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/data/read-in-worker.ts')) return null;
      const out = code.replace("new URL('./document-worker.js', import.meta.url)", `new URL(/* @vite-ignore */ '${marker}', import.meta.url)`);
      if (out === code) throw new Error('read-in-worker.ts: the worker URL moved; update workerBesideEntry in vite.config.ts');
      return { code: out, map: null };
    },
    // The URL is relative to the file the code lands in: check it landed where `from` says.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.code.includes(marker)) continue;
        const depth = file.fileName.split('/').length - 1;
        if (`${'../'.repeat(depth) || './'}` !== from) this.error(`${file.fileName} starts the worker from '${marker}', which is not dist/omnikpi-worker.js from there`);
      }
    },
  };
}

/**
 * Lit and zod write a few properties on `globalThis` when they load, for sharing
 * between copies of themselves on one page. The script-tag files are one
 * self-contained copy, so these globals are dropped (test/e2e/isolation.e2e.mjs
 * checks that loading dist/omnikpi.js adds nothing to `window`):
 * - `litHtmlVersions`, `reactiveElementVersions`, `litElementVersions`: lists of the
 *   Lit versions loaded, read only by Lit's development build (to warn about copies);
 * - `litPropertyMetadata` and the `Symbol.metadata` polyfill: how Lit's decorators
 *   hand property options to ReactiveElement. The kit has no decorators; the map is
 *   still read when another copy of Lit on the page made it (a page subclassing an
 *   element with its own decorators), never created;
 * - `__zod_globalConfig`: `z.config()` shared by every copy of zod. The kit's copy
 *   keeps its own, so a page's zod settings (error maps, locale) do not reach it.
 * A rewrite that no longer matches (a new Lit or zod) fails the build rather than
 * silently bringing a global back.
 */
function dropSharedGlobals(): Plugin {
  const versions = /\(\s*[\w$]+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\([^)]*\)/g;
  const rewrites: { file: RegExp; edits: [RegExp, string][] }[] = [
    { file: /\/node_modules\/lit-html\/lit-html\.js$/, edits: [[versions, '0']] },
    { file: /\/node_modules\/lit-element\/lit-element\.js$/, edits: [[versions, '0']] },
    {
      file: /\/node_modules\/@lit\/reactive-element\/reactive-element\.js$/,
      edits: [
        [versions, '0'],
        [/Symbol\.metadata\s*\?\?=\s*Symbol\(\s*["']metadata["']\s*\)/g, '0'],
        [/[\w$]+\.litPropertyMetadata\s*\?\?=\s*new WeakMap(?:\(\))?/g, '0'],
        [/(?<![.\w$])litPropertyMetadata\.get\(/g, 'globalThis.litPropertyMetadata?.get('],
      ],
    },
    {
      file: /\/node_modules\/zod\/v4\/core\/core\.js$/,
      edits: [
        [/\(_a = globalThis\)\.__zod_globalConfig \?\? \(_a\.__zod_globalConfig = \{\}\);\s*export const globalConfig = globalThis\.__zod_globalConfig;/g, 'export const globalConfig = {};'],
        [/globalThis\.__zod_globalConfig\?\./g, 'globalConfig.'],
      ],
    },
  ];
  return {
    name: 'omnikpi:drop-shared-globals',
    transform(code, id) {
      const rewrite = rewrites.find((r) => r.file.test(id));
      if (!rewrite) return null;
      let out = code;
      for (const [pattern, replacement] of rewrite.edits) {
        const count = out.match(pattern)?.length ?? 0;
        if (count !== 1) this.error(`${id}: expected one match of ${pattern}, found ${count}; check dropSharedGlobals against this version`);
        out = out.replace(pattern, replacement);
      }
      return { code: out, map: null };
    },
  };
}

/** Minified for script tags (bundlers get dist/lib): oxc minifies and mangles, terser folds what it leaves. */
const scriptTagOutput = {
  target: 'es2022',
  // oxc minifies and mangles (rolldown's output.minify below); terser's compressor then
  // folds what oxc leaves, as a last pass (twice, and dropping unused parameters: no
  // code here reads a function's length). Its mangler stays off: oxc's names gzip better.
  minify: 'terser',
  terserOptions: { mangle: false, compress: { passes: 2, keep_fargs: false } },
  // No source maps: the minified files are for script tags, and maps were three quarters of the package.
  sourcemap: false,
} satisfies UserConfig['build'];
// Annotation and JSDoc comments only serve bundlers, which use dist/lib; licences stay.
const scriptTagRolldownOutput = { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } as const;

/** One file that stands alone: every element (`omnikpi-all`), the worker, or the loader. */
function libraryBuild(name: string, entry: string): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyLitLiterals(), dropSharedGlobals(), workerBesideEntry('./')],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      ...scriptTagOutput,
      lib: { entry: resolve(import.meta.dirname, entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: scriptTagRolldownOutput },
    },
  };
}

/**
 * The element modules and the engine in one build: each dist/<tag>.js defines its element
 * and imports the code it shares with others from dist/chunks/, content-hashed, so a page
 * with several elements downloads Lit, zod, the data controller, the theme and the strings
 * once, and a cached chunk stays valid until its content changes.
 */
function splitBuild(): UserConfig {
  const entry = Object.fromEntries(Object.entries({ ...elements, ...modules }).map(([name, source]) => [name, resolve(import.meta.dirname, source)]));
  return {
    publicDir: false,
    plugins: [minifyLitLiterals(), dropSharedGlobals(), workerBesideEntry('../')],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      ...scriptTagOutput,
      lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: { output: { ...scriptTagRolldownOutput, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
}

export default defineConfig(() => {
  const entry = process.env.OMNIKPI_ENTRY;
  if (entry === 'split') return splitBuild();
  if (entry === loader.name) return libraryBuild(loader.name, loader.source);
  if (entry && standalone[entry]) return libraryBuild(entry, standalone[entry]);
  if (entry) throw new Error(`Unknown OMNIKPI_ENTRY ${entry}; known: split, ${loader.name}, ${Object.keys(standalone).join(', ')}`);
  return {
    root: 'demo',
    server: { port: 5173, host: 'localhost' },
    preview: { port: 5173 },
  };
});
