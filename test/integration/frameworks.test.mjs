// `npm run test:integration`: the packed package in fresh React 19 (and 18) + TypeScript + Vite and Vue 3 +
// TypeScript + Vite projects (test/integration/fixtures/*, versions pinned by their package-lock.json).
// Each is copied to a temporary folder with README.md's Frameworks snippets written into it as
// they are in the README (```tsx → the React project; ```ts and ```vue after the **Vue** paragraph →
// the Vue project; a block whose first line is a `// <file>` comment is that file, e.g.
// vite.config.ts), installed (`npm ci`, then the tarball of `npm pack`, no install scripts),
// type-checked (tsc, vue-tsc), built with Vite, served and rendered in Chromium.
// Needs `npm run build` first (`npm test` runs it before).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium } from '../chromium.mjs';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
// --prefer-offline: what the npm cache holds is not revalidated against the registry (the locks pin versions and integrity anyway).
const NPM_FLAGS = ['--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'];

/** The fenced blocks of README.md's `## Frameworks` section, each with the framework paragraph (`**React…**`, `**Vue…**`) it follows. */
export function frameworkSnippets(readme) {
  const start = readme.indexOf('\n## Frameworks\n');
  assert.notEqual(start, -1, 'README.md has a "## Frameworks" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const out = [];
  let framework;
  const re = /^\*\*(React|Vue)[^*]*\*\*|^```(\w+)\n([\s\S]*?)^```$/gm;
  for (const m of section.matchAll(re)) {
    if (m[1]) framework = m[1].toLowerCase();
    else if (['tsx', 'ts', 'vue'].includes(m[2])) out.push({ framework, lang: m[2], code: m[3] });
  }
  return out;
}

/** Writes a framework's snippets into its project: `// <file>` first lines name the file, the others are src/readme-<n>.<lang>. */
function writeSnippets(dir, snippets) {
  let n = 0;
  const written = [];
  for (const { lang, code } of snippets) {
    const named = /^\/\/ ([\w.-]+\.(?:ts|mts|js|mjs))\n/.exec(code)?.[1];
    const file = named ?? join('src', `readme-${++n}.${lang}`);
    writeFileSync(join(dir, file), code);
    written.push(file);
  }
  return written;
}

async function npm(args, cwd) {
  return run('npm', [...args, ...NPM_FLAGS], { cwd, maxBuffer: 64 << 20 });
}

/** A command's output on failure, as the assertion message. */
async function step(what, promise) {
  try {
    return await promise;
  } catch (error) {
    assert.fail(`${what} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`);
  }
}

/** Fails with the command's output if a settled command (`{ error }`) failed. */
async function settled(what, promise) {
  const { error } = await promise;
  if (error) await step(what, Promise.reject(error));
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Serves a Vite build folder on 127.0.0.1; `/` is index.html. POST /api/answers (the README survey's `action`) is stored in `server.answers`. */
function serve(dir) {
  const answers = [];
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/api/answers') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        answers.push(JSON.parse(body));
        res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
      });
      return;
    }
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  server.answers = answers;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const work = mkdtempSync(join(tmpdir(), 'omnikpi-frameworks-'));
const snippets = frameworkSnippets(readFileSync(join(root, 'README.md'), 'utf8'));
const projects = {};
let browser;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/lib/react/index.js')), 'dist/lib/react/index.js is missing: run `npm run build` first');
  const packed = await step('npm pack', npm(['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, JSON.parse(packed.stdout)[0].filename);
  // Both projects installed at once, and the browser started meanwhile.
  const browserStarting = launchChromium();
  await Promise.all(
    ['react', 'react18', 'vue'].map(async (name) => {
      const dir = join(work, name);
      cpSync(join(fixtures, name), dir, { recursive: true, filter: (src) => !src.split(sep).includes('node_modules') && !src.split(sep).includes('dist') });
      const files = writeSnippets(dir, snippets.filter((s) => s.framework === name.replace(/\d+$/, '')));
      await step(`npm ci (${name})`, npm(['ci'], dir));
      await step(`npm install omnikpi tarball (${name})`, npm(['install', tarball, '--no-save'], dir));
      // The type check and the build started at once (the tests below await them), each settled to { error } or {}.
      const settle = (promise) => promise.then(() => ({}), (error) => ({ error }));
      const typeCheck = name.startsWith('react') ? ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'] : ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'tsconfig.json'];
      projects[name] = {
        dir,
        files,
        typeCheck: settle(run(process.execPath, typeCheck, { cwd: dir })),
        build: settle(run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: dir })),
      };
    }),
  );
  browser = await browserStarting;
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

test('README.md Frameworks section: two React snippets (tsx), and the Vue vite.config.ts and component', () => {
  assert.deepEqual(
    snippets.map((s) => `${s.framework}:${s.lang}`),
    ['react:tsx', 'react:tsx', 'vue:ts', 'vue:vue'],
  );
  assert.deepEqual(projects.react.files, ['src/readme-1.tsx', 'src/readme-2.tsx']);
  assert.deepEqual(projects.react18.files, ['src/readme-1.tsx', 'src/readme-2.tsx']);
  assert.deepEqual(projects.vue.files, ['vite.config.ts', 'src/readme-1.vue']);
});

/** Opens the built app; returns what the gauges and the framework handlers show, and what `interact(page, server)` returns. */
async function rendered({ dir, build }, interact = async () => undefined) {
  await build;
  const server = await serve(join(dir, 'dist'));
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${new URL(r.url()).pathname}`));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => {
      const gauges = [...document.querySelectorAll('kpi-nps-gauge')];
      return gauges.length > 0 && gauges.every((g) => g.status === 'ready' || g.status === 'error') && document.querySelector('#card-bad [role=alert]');
    }, null, { timeout: 15_000 });
    const shown = await page.evaluate(() => {
      const gauge = (section) => {
        const el = document.querySelector(`${section} kpi-nps-gauge`);
        if (!el) return null;
        return {
          defined: customElements.get('kpi-nps-gauge') === el.constructor,
          dataAttribute: el.getAttribute('data'),
          status: el.status,
          split: el.result ? { promoters: el.result.promoters, passives: el.result.passives, detractors: el.result.detractors, n: el.result.n, score: el.result.score } : null,
          figure: el.shadowRoot.querySelector('[part=score]')?.textContent.trim() ?? null,
        };
      };
      const text = (selector) => document.querySelector(selector)?.textContent.trim() ?? null;
      return {
        good: gauge('#card-good'),
        goodAlert: text('#card-good [role=alert]'),
        bad: { status: document.querySelector('#card-bad kpi-nps-gauge').status, problem: document.querySelector('#card-bad kpi-nps-gauge').problem?.field },
        badAlert: text('#card-bad [role=alert]'),
        score: gauge('#score'),
        caption: text('#score figcaption'),
      };
    });
    const after = await interact(page, server);
    return { shown, problems, after };
  } finally {
    await page.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function until(condition, timeout) {
  const end = Date.now() + timeout;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 25));
}

// A 0 is a detractor: the README ChatCard's onKpiSurveySubmit calls onNegative (the app counts them), and the survey posts it.
async function answerZero(page, server) {
  const survey = page.locator('#card-good kpi-survey');
  await survey.getByRole('radio', { name: '0', exact: true }).click();
  await survey.getByRole('button', { name: 'Send' }).click();
  await page.locator('#negatives', { hasText: '1' }).waitFor({ timeout: 10_000 });
  await survey.getByText('Thank you', { exact: false }).waitFor({ timeout: 10_000 });
  // "Thank you" shows once the answer is safe in the outbox; the POST may still be on its way.
  await until(() => server.answers.length > 0, 10_000);
  return {
    negatives: await page.locator('#negatives').textContent(),
    posted: server.answers.map((a) => a.responses.map((r) => ({ metric: r.metric, score: r.score, channel: r.channel }))),
  };
}
const ANSWERED_ZERO = { negatives: '1', posted: [[{ metric: 'nps', score: 0, channel: 'chat' }]] };

// 3 promoters (9) and 1 detractor (0) of 4 answers: 75 % − 25 % = +50.
const FIFTY = { defined: true, dataAttribute: null, status: 'ready', split: { promoters: 3, passives: 0, detractors: 1, n: 4, score: 50 }, figure: '+50' };

describe('React 19 + TypeScript + Vite', () => {
  test('the README snippets type-check as written (tsc, strict), and misuses of the generated types are errors', async () => {
    await settled('tsc', projects.react.typeCheck);
  });

  test('vite build', async () => {
    await settled('vite build', projects.react.build);
  });

  test('in Chromium: the object prop reaches the gauge as a property (NPS +50), onKpiError, onkpi-data and onKpiSurveySubmit are heard', async () => {
    const { shown, problems, after } = await rendered(projects.react, answerZero);
    assert.deepEqual(shown.good, FIFTY);
    assert.equal(shown.goodAlert, null, 'no alert beside valid data (onKpiData cleared it)');
    assert.deepEqual(shown.bad, { status: 'error', problem: 'responses[0].score' });
    assert.match(shown.badAlert, /^responses\[0\]\.score: \S/, 'onKpiError (README ChatCard) shows the field and the message');
    assert.deepEqual(shown.score, FIFTY);
    assert.equal(shown.caption, 'NPS from data', 'onkpi-data on the React 19 tag (README ChatScore)');
    assert.deepEqual(after, ANSWERED_ZERO);
    assert.deepEqual(problems, []);
  });
});

describe('React 18 + TypeScript + Vite: the omnikpi/react components', () => {
  test('the README snippets type-check as written against React 18 types', async () => {
    await settled('tsc', projects.react18.typeCheck);
  });

  test('vite build', async () => {
    await settled('vite build', projects.react18.build);
  });

  test('in Chromium: the README ChatCard sets data as a property (NPS +50), onKpiError and onKpiSurveySubmit are heard', async () => {
    const { shown, problems, after } = await rendered(projects.react18, answerZero);
    assert.deepEqual(shown.good, FIFTY);
    assert.equal(shown.goodAlert, null);
    assert.deepEqual(shown.bad, { status: 'error', problem: 'responses[0].score' });
    assert.match(shown.badAlert, /^responses\[0\]\.score: \S/);
    assert.deepEqual(after, ANSWERED_ZERO);
    assert.deepEqual(problems, []);
  });
});

describe('Vue 3 + TypeScript + Vite', () => {
  test('the README snippets type-check as written (vue-tsc, strictTemplates), and misuses of the generated types are errors', async () => {
    await settled('vue-tsc', projects.vue.typeCheck);
  });

  test('vite build with the README vite.config.ts', async () => {
    await settled('vite build', projects.vue.build);
  });

  test('in Chromium: :data reaches the gauge as a property (NPS +50), @kpi-error is heard', async () => {
    const { shown, problems } = await rendered(projects.vue);
    assert.deepEqual(shown.good, FIFTY);
    assert.equal(shown.goodAlert, null);
    assert.deepEqual(shown.bad, { status: 'error', problem: 'responses[0].score' });
    assert.match(shown.badAlert, /^responses\[0\]\.score: \S/, '@kpi-error (README component) shows the field and the message');
    assert.equal(shown.score, null);
    assert.deepEqual(problems, []);
  });
});
