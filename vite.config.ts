/**
 * Two jobs:
 * - `npm start`: the demo page (demo/) with the elements straight from src/;
 * - `npm run build`: scripts/build.mjs runs one library build per entry with
 *   OMNIKPI_ENTRY set, so each dist file stands alone (one script tag, no chunks).
 */
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { entries } from './scripts/entries.mjs';

function libraryBuild(name: string): UserConfig {
  const entry = entries[name]?.source;
  if (!entry) throw new Error(`Unknown entry ${name}; known: ${Object.keys(entries).join(', ')}`);
  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: resolve(import.meta.dirname, entry), formats: ['es'], fileName: () => `${name}.js` },
      // Library mode keeps whitespace in ES output for bundlers; these files are for
      // script tags (bundlers get dist/lib), so minify them fully.
      rolldownOptions: { output: { minify: true } },
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
