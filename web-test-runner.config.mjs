// @web/test-runner in headless Chromium. The browser is found by chrome-launcher:
// CHROME_PATH if set, else an installed Chrome or Chromium (/usr/bin/chromium on Debian).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testApi } from './test/server/test-api.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [testApi],
  browsers: [
    chromeLauncher({
      launchOptions: {
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // Tests run Lit's development build for its warnings; its one-line banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
