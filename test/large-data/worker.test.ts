/**
 * How a large `src` body (1 MB and more) is read in a Web Worker: the same
 * problems as on the main thread, naming the field of the input; a new `src`
 * ends the worker reading the old one; and where no worker can start, the body
 * is read on the main thread with the same result. The million-row run against
 * long tasks is end to end, on the built files: test/e2e/large-data.e2e.mjs.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/kpi-nps-gauge.js';
import type { KpiErrorDetail } from '../../src/data/events.js';
import type { KpiNpsGauge } from '../../src/elements/nps-gauge/nps-gauge.component.js';
import { mount, record, shadowText, until, watchPageErrors } from '../helpers.js';

/** 10 000 answers: a 1.6 MB body. */
const LARGE = '/test-api/large?kind=responses&n=10000';

/** Records the workers the elements start and end. */
function spyOnWorkers() {
  const Original = window.Worker;
  const spy = { started: 0, ended: 0, restore: () => (window.Worker = Original) };
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      spy.started++;
    }
    override terminate() {
      spy.ended++;
      super.terminate();
    }
  };
  return spy;
}

async function gaugeOn(src: string) {
  const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" src=${src}></kpi-nps-gauge>`);
  const errors = record<KpiErrorDetail>(el, 'kpi-error');
  await until(() => el.status !== 'loading', 'loaded', 20_000);
  return { el, errors };
}

/** The same body given as a property: read on the main thread. */
async function gaugeWith(data: unknown) {
  const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" .data=${data}></kpi-nps-gauge>`);
  await el.updateComplete;
  return el;
}

describe('large src bodies in a Web Worker', function () {
  this.timeout(60_000);
  let page: ReturnType<typeof watchPageErrors>;
  let workers: ReturnType<typeof spyOnWorkers>;
  beforeEach(() => {
    page = watchPageErrors();
    workers = spyOnWorkers();
  });
  afterEach(() => {
    workers.restore();
    page.stop();
    expect(page.errors, 'errors that reached the page').to.deep.equal([]);
  });

  it('shows what the main thread shows, from a worker that is then ended', async () => {
    const { el } = await gaugeOn(LARGE);
    expect(workers).to.include({ started: 1, ended: 1 });
    const data = await (await fetch(LARGE)).json();
    const npsAnswers = (data.responses as Array<{ metric: string }>).filter((r) => r.metric === 'nps').length;
    expect(el.result!.n).to.equal(npsAnswers);
    const main = await gaugeWith(data);
    expect(el.result).to.deep.equal(main.result);
    expect(shadowText(el, '[part=chart]')).to.equal(shadowText(main, '[part=chart]'));
  });

  it('a bad answer deep in the body: the error names responses[9000].score, as on the main thread', async () => {
    const url = `${LARGE}&bad=9000`;
    const { el, errors } = await gaugeOn(url);
    expect(workers.started).to.equal(1);
    expect(el.status).to.equal('error');
    expect(errors.map((e) => [e.detail.code, e.detail.field, e.detail.source, e.detail.url])).to.deep.equal([['range', 'responses[9000].score', 'src', url]]);
    const main = await gaugeWith(await (await fetch(url)).json());
    expect(shadowText(el, '[role=alert]')).to.equal(shadowText(main, '[role=alert]'));
    expect(shadowText(el, '[role=alert]')).to.match(/responses\[9000\]\.score — must be a whole number from \d+ to \d+ \(got 11\)$/);
  });

  it('a body cut short is invalid JSON, named as such', async () => {
    const { el, errors } = await gaugeOn(`${LARGE}&cut=1`);
    expect(workers.started).to.equal(1);
    expect(el.status).to.equal('error');
    expect(errors[0]!.detail).to.include({ code: 'json', source: 'src', field: '' });
    expect(errors[0]!.detail.reason).to.contain('did not return valid JSON');
  });

  it('a new src ends the worker still reading the old one', async () => {
    const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" src=${LARGE}></kpi-nps-gauge>`);
    const data = record(el, 'kpi-data');
    await until(() => workers.started === 1, 'worker started', 20_000);
    el.src = `/test-api/json?body=${encodeURIComponent(JSON.stringify({ responses: [{ metric: 'nps', score: 10 }] }))}`;
    await until(() => el.status === 'ready', 'ready');
    expect(workers.ended).to.equal(1);
    expect(el.result).to.include({ n: 1, score: 100 });
    await new Promise((r) => setTimeout(r, 300));
    expect(data.length, 'only the new src was announced').to.equal(1);
  });

  // Last: after a worker fails, the page stops trying (a module-wide choice); worker-fallback.test.ts
  // covers a worker whose constructor throws, in a page of its own.
  it('where the worker script cannot load (404), the body is read on the main thread, with the same figures', async () => {
    workers.restore();
    const Original = window.Worker;
    let tried = 0;
    window.Worker = class extends Original {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super('/test-api/status/404', options);
        tried++;
      }
    };
    try {
      const { el } = await gaugeOn(LARGE);
      expect(tried).to.equal(1);
      expect(el.status).to.equal('ready');
      const main = await gaugeWith(await (await fetch(LARGE)).json());
      expect(el.result).to.deep.equal(main.result);
      // The page does not try again.
      await gaugeOn(`${LARGE}&again=1`);
      expect(tried).to.equal(1);
    } finally {
      window.Worker = Original;
    }
  });
});
