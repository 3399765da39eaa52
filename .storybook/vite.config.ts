/**
 * Vite options for Storybook only. Storybook would otherwise load the root
 * vite.config.ts, which is the demo's (root: 'demo', its public/ folder).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // The web-components renderer imports `lit/directive-helpers.js`; pre-bundled
  // with `lit`, the dev server loads one copy of lit-html, not two.
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
});
