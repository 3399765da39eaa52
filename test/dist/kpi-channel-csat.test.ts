// The built bundle alone (run after `npm run build`): what an integrator's one script tag loads.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { normalize } from '../helpers.js';

describe('dist/kpi-channel-csat.js', () => {
  before(async () => {
    const url = '/dist/kpi-channel-csat.js'; // a variable: the bundle has no types of its own
    await import(/* @vite-ignore */ url);
  });

  it('defines <kpi-channel-csat> and renders data with it', async () => {
    expect(customElements.get('kpi-channel-csat'), 'defined by the bundle').to.not.equal(undefined);
    // 3 of 4 answers at 4–5 → 75 %
    const data = JSON.stringify({ histograms: [{ metric: 'csat', channel: 'email', counts: { 5: 2, 4: 1, 1: 1 } }] });
    const el = await fixture(html`<kpi-channel-csat lang="en" min-n="1" data=${data}></kpi-channel-csat>`);
    expect(normalize(el.shadowRoot!.querySelector('.value')!.textContent)).to.equal('75%');
  });
});
