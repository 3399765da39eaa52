/**
 * A page where no worker can be made (the constructor throws, as for a worker
 * script on another origin): a large `src` body is read on the main thread,
 * with the same figures. In a page of its own, since the first failure makes
 * the elements stop trying for the page's life.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/kpi-nps-gauge.js';
import type { KpiNpsGauge } from '../../src/elements/nps-gauge/nps-gauge.component.js';
import { mount, until, watchPageErrors } from '../helpers.js';

const LARGE = '/test-api/large?kind=responses&n=10000';

describe('large src bodies without a Web Worker', () => {
  it('are read on the main thread when the Worker constructor throws', async () => {
    const page = watchPageErrors();
    const Original = window.Worker;
    let tried = 0;
    window.Worker = class {
      constructor() {
        tried++;
        throw new DOMException('blocked by the page', 'SecurityError');
      }
    } as unknown as typeof Worker;
    try {
      const el = await mount<KpiNpsGauge>(html`<kpi-nps-gauge lang="en" src=${LARGE}></kpi-nps-gauge>`);
      await until(() => el.status !== 'loading', 'loaded', 20_000);
      expect(tried).to.equal(1);
      expect(el.status).to.equal('ready');
      const data = (await (await fetch(LARGE)).json()) as { responses: Array<{ metric: string; score: number }> };
      const nps = data.responses.filter((r) => r.metric === 'nps');
      // By the formula of DESIGN.md §4, from the answers themselves.
      const promoters = nps.filter((r) => r.score >= 9).length;
      const detractors = nps.filter((r) => r.score <= 6).length;
      expect(el.result).to.include({ n: nps.length, promoters, detractors });
      expect(el.result!.score).to.be.closeTo((100 * (promoters - detractors)) / nps.length, 1e-9);
    } finally {
      window.Worker = Original;
      page.stop();
    }
    expect(page.errors).to.deep.equal([]);
  });
});
