/**
 * Elements on the same `src` share its request while it is in flight
 * (src/data/shared-load.ts): one download and one reading for a dashboard,
 * each element keeping its own time limit and its own abort.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/kpi-channel-csat.js';
import '../../src/kpi-nps-gauge.js';
import type { KpiChannelCsat } from '../../src/elements/channel-csat/channel-csat.component.js';
import type { KpiNpsGauge } from '../../src/elements/nps-gauge/nps-gauge.component.js';
import { jsonUrl, mount, sleep, until, watchPageErrors } from '../helpers.js';

// NPS: 9 and 10 promoters, 3 a detractor: 100·(2 − 1)/3 = +33.3; CSAT: 5 of 5 satisfied, 100 %.
const DOC = { responses: [{ metric: 'nps', score: 9 }, { metric: 'nps', score: 10 }, { metric: 'nps', score: 3 }, { metric: 'csat', score: 5, channel: 'chat' }] };
let round = 0;
/** A fresh counted URL answering DOC after `ms`, and how many requests it got. */
function counted(ms: number) {
  const key = `shared-${Date.now()}-${round++}`;
  return { url: jsonUrl(DOC, 'count', { key, ms: String(ms) }), hits: async () => ((await (await fetch(`/test-api/hits?key=${key}`)).json()) as { hits: number }).hits };
}

describe('elements on the same src', () => {
  let page: ReturnType<typeof watchPageErrors>;
  beforeEach(() => (page = watchPageErrors()));
  afterEach(() => {
    page.stop();
    expect(page.errors).to.deep.equal([]);
  });

  it('share one request: a gauge and bars show their figures from one fetch', async () => {
    const { url, hits } = counted(200);
    const box = await mount<HTMLDivElement>(html`<div>
      <kpi-nps-gauge lang="en" src=${url}></kpi-nps-gauge><kpi-channel-csat lang="en" src=${url}></kpi-channel-csat>
    </div>`);
    const gauge = box.querySelector<KpiNpsGauge>('kpi-nps-gauge')!;
    const bars = box.querySelector<KpiChannelCsat>('kpi-channel-csat')!;
    await until(() => gauge.status === 'ready' && bars.status === 'ready', 'both ready');
    expect(gauge.result).to.include({ n: 3, promoters: 2, detractors: 1 });
    expect(gauge.result!.score).to.be.closeTo(100 / 3, 1e-9);
    expect(bars.rows.map((r) => [r.key, r.value])).to.deep.equal([['chat', 100]]);
    expect(await hits()).to.equal(1);
  });

  it('one element leaving does not stop the others; a later load asks again', async () => {
    const { url, hits } = counted(300);
    const box = await mount<HTMLDivElement>(html`<div><kpi-nps-gauge lang="en" src=${url}></kpi-nps-gauge><kpi-nps-gauge lang="en" src=${url}></kpi-nps-gauge></div>`);
    const [leaving, staying] = [...box.querySelectorAll<KpiNpsGauge>('kpi-nps-gauge')];
    await sleep(50);
    leaving!.remove();
    await until(() => staying!.status === 'ready', 'the other is ready');
    expect(staying!.result).to.include({ n: 3 });
    expect(await hits()).to.equal(1);
    await staying!.reload();
    expect(await hits(), 'reload() is a new request').to.equal(2);
  });

  it('each keeps its own time limit: the impatient one times out, the other gets the data', async () => {
    const { url, hits } = counted(600);
    const box = await mount<HTMLDivElement>(html`<div>
      <kpi-nps-gauge lang="en" timeout="0.2" src=${url}></kpi-nps-gauge><kpi-nps-gauge lang="en" timeout="10" src=${url}></kpi-nps-gauge>
    </div>`);
    const [impatient, patient] = [...box.querySelectorAll<KpiNpsGauge>('kpi-nps-gauge')];
    await until(() => impatient!.status === 'error', 'timed out');
    expect(impatient!.problem).to.include({ code: 'timeout', seconds: 0.2 });
    await until(() => patient!.status === 'ready', 'patient ready');
    expect(patient!.result).to.include({ n: 3 });
    expect(await hits()).to.equal(1);
  });

  it('when every element leaves, the next one starts a new request', async () => {
    const { url, hits } = counted(300);
    const box = await mount<HTMLDivElement>(html`<div><kpi-nps-gauge src=${url}></kpi-nps-gauge><kpi-nps-gauge src=${url}></kpi-nps-gauge></div>`);
    await sleep(50);
    box.replaceChildren();
    const next = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" src=${url}></kpi-nps-gauge>`);
    await until(() => next.status === 'ready', 'ready');
    expect(next.result).to.include({ n: 3 });
    expect(await hits()).to.equal(2);
  });
});
