// The built bundle alone (run after `npm run build`): what an integrator's one script tag loads.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { normalize, until } from '../helpers.js';

describe('dist/kpi-attribution-sankey.js', () => {
  before(async () => {
    const url = '/dist/kpi-attribution-sankey.js'; // a variable: the bundle has no types of its own
    await import(/* @vite-ignore */ url);
  });

  it('defines <kpi-attribution-sankey> and renders data with it', async () => {
    expect(customElements.get('kpi-attribution-sankey'), 'defined by the bundle').to.not.equal(undefined);
    // email > search: 2 conversions, 1 null; last touch gives both conversions to search.
    const data = JSON.stringify({ journeys: [{ path: 'email > search', conversions: 2, nulls: 1 }] });
    const el = await fixture(html`<kpi-attribution-sankey lang="en" data=${data}></kpi-attribution-sankey>`);
    // The visually hidden tables follow the chart by one task.
    await until(() => el.shadowRoot!.querySelector('.links-table') !== null, 'the hidden tables');
    const rows = [...el.shadowRoot!.querySelectorAll('.attribution-table tbody tr')].map((tr) => [...tr.children].map((c) => normalize(c.textContent)));
    expect(rows).to.deep.equal([
      ['search', '2', '100%'],
      ['email', '0', '0%'],
    ]);
    const links = [...el.shadowRoot!.querySelectorAll('.links-table tbody tr')].map((tr) => [...tr.children].map((c) => normalize(c.textContent)));
    expect(links).to.deep.equal([
      ['email · 1', 'search · 2', '3', '2'],
      ['search · 2', 'conversion', '2', '2'],
      ['search · 2', 'no conversion', '1', '0'],
    ]);
  });
});
