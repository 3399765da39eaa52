/**
 * Storybook for omnikpi: the catalogue of every element, state, theme and locale.
 * Controls and docs tables come from custom-elements.json (see preview.ts).
 */
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // The root vite.config.ts serves the demo (root: 'demo'); Storybook gets its own, empty one.
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample the FromSrc story fetches (`api/nps.json`, next to iframe.html), and the
  // screenshots the Docs/Gallery page shows (scripts/gallery.mjs).
  staticDirs: [
    { from: '../demo/public/api', to: '/api' },
    { from: '../stories/gallery', to: '/gallery' },
  ],
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({
    ...vite,
    root: projectRoot,
    publicDir: false,
    // Storybook's own docs and preview chunks are ~1 MB; ours are small.
    build: { ...vite.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
