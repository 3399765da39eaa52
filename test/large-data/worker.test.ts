/**
 * Large data stays smooth (issue 7): 1 000 000 survey answers and 100 000
 * customer journeys through `src`. Bodies of 1 MB and more are parsed,
 * validated and aggregated in a Web Worker, so no task on the main thread
 * lasts more than 50 ms (Long Tasks API), and what the elements show equals
 * what they show when the same input is read on the main thread (`.data`).
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { KpiAttributionSankey } from '../../src/elements/attribution-sankey/attribution-sankey.component.js';
import type { KpiChannelCsat } from '../../src/elements/channel-csat/channel-csat.component.js';
import type { KpiNpsGauge } from '../../src/elements/nps-gauge/nps-gauge.component.js';
import { mount, until, watchPageErrors } from '../helpers.js';

const RESPONSES = '/test-api/large?kind=responses&n=1000000';
const JOURNEYS = '/test-api/large?kind=journeys&n=100000';

/** Every long task (over 50 ms) on the main thread, and the longest gap between two timer ticks (a task's length, below 50 ms too). */
function watchMainThread() {
  const long: number[] = [];
  const observer = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  let last = performance.now();
  let maxGap = 0;
  const channel = new MessageChannel();
  let on = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (on) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return {
    long,
    stop() {
      on = false;
      observer.takeRecords().forEach((e) => long.push(e.duration));
      observer.disconnect();
      return maxGap;
    },
  };
}

/** Counts the workers the elements start. */
function countWorkers() {
  const Original = window.Worker;
  const seen: string[] = [];
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      seen.push(String(url));
    }
  };
  return { seen, restore: () => (window.Worker = Original) };
}

const ready = (el: HTMLElement & { status: string }) => until(() => el.status === 'ready', `${el.localName} ready`, 100_000);

describe('large data through src (Web Worker)', function () {
  this.timeout(240_000);

  it('1 000 000 answers and 100 000 journeys: no main-thread task over 50 ms, same figures as on the main thread', async () => {
    const page = watchPageErrors();
    const workers = countWorkers();
    // Warm the test server's cache (it builds the 165 MB body once), outside the measured window.
    await Promise.all([fetch(RESPONSES, { method: 'HEAD' }), fetch(JOURNEYS, { method: 'HEAD' })]);

    const watch = watchMainThread();
    const [gauge, bars, sankey] = await Promise.all([
      mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" target="30" src=${RESPONSES} timeout="120"></kpi-nps-gauge>`),
      mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" target="80" src=${RESPONSES} timeout="120"></kpi-channel-csat>`),
      mount<KpiAttributionSankey>(html`<kpi-attribution-sankey lang="en" model="markov" src=${JOURNEYS} timeout="120"></kpi-attribution-sankey>`),
    ]);
    await Promise.all([ready(gauge), ready(bars), ready(sankey)]);
    // The Sankey's hidden tables come one task after its chart.
    await new Promise((r) => setTimeout(r, 50));
    await sankey.updateComplete;
    const maxGap = watch.stop();
    workers.restore();
    console.log(`large data: ${watch.long.length} long tasks (longest ${Math.max(0, ...watch.long).toFixed(0)} ms); longest main-thread gap ${maxGap.toFixed(1)} ms; ${workers.seen.length} workers`);
    expect(workers.seen, 'one worker per large body').to.have.length(3);
    expect(watch.long, 'main-thread tasks over 50 ms').to.deep.equal([]);

    // The same inputs read on the main thread.
    const [responses, journeys] = await Promise.all([fetch(RESPONSES).then((r) => r.json()), fetch(JOURNEYS).then((r) => r.json())]);
    const [gauge2, bars2, sankey2] = await Promise.all([
      mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" target="30" .data=${responses}></kpi-nps-gauge>`),
      mount<KpiChannelCsat>(html`<kpi-channel-csat lang="en" target="80" .data=${responses}></kpi-channel-csat>`),
      mount<KpiAttributionSankey>(html`<kpi-attribution-sankey lang="en" model="markov" .data=${journeys}></kpi-attribution-sankey>`),
    ]);
    await Promise.all([ready(gauge2), ready(bars2), ready(sankey2)]);

    const npsAnswers = (responses.responses as Array<{ metric: string }>).filter((r) => r.metric === 'nps').length;
    expect(gauge.result!.n, 'every NPS answer counted').to.equal(npsAnswers);
    expect(gauge.result).to.deep.equal(gauge2.result);
    expect(gauge.summary).to.equal(gauge2.summary);
    expect(bars.rows).to.deep.equal(bars2.rows);
    expect(bars.rows.map((r) => r.key)).to.include.members(['email', 'chat', 'phone', 'store', 'app', 'social']);
    expect(sankey.rows).to.deep.equal(sankey2.rows);
    expect(sankey.summary).to.equal(sankey2.summary);
    expect(sankey.summary).to.contain('100,000 journeys');
    // The visually hidden tables (every link, every channel) are the same text.
    const tables = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('table')].map((t) => t.textContent);
    expect(tables(sankey)).to.deep.equal(tables(sankey2));
    page.stop();
    expect(page.errors).to.deep.equal([]);
  });
});
