// The browser of the end-to-end and Storybook tests and of the benchmarks: CHROME_PATH if
// set, else the Chrome or Chromium that chrome-launcher finds on this machine (as
// web-test-runner does: /usr/bin/chromium on Debian, the installed Chrome on a laptop),
// started headless with the flags a closed network and a root user need.
import { Launcher } from 'chrome-launcher';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromiumPath() {
  const path = Launcher.getFirstInstallation();
  if (!path) throw new Error('No Chrome or Chromium found: install one (on Debian: apt-get install chromium), or set CHROME_PATH.');
  return path;
}

/** Playwright's Chromium on that browser; `args` are added to the usual flags. */
export const launchChromium = (args = []) => chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...args] });
