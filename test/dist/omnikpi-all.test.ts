// The self-contained file of every element (run after `npm run build`): for pages that want exactly one file.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { shadowText } from '../helpers.js';

describe('dist/omnikpi-all.js', () => {
  before(async () => {
    const url = '/dist/omnikpi-all.js'; // a variable: the bundle has no types of its own
    await import(/* @vite-ignore */ url);
  });

  it('defines <kpi-nps-gauge> and renders data with it', async () => {
    expect(customElements.get('kpi-nps-gauge'), 'defined by the bundle').to.not.equal(undefined);
    // 2 promoters, 1 detractor of 3 → +33.3
    const data = JSON.stringify({ responses: [9, 10, 0].map((score) => ({ metric: 'nps', score })) });
    const el = await fixture(html`<kpi-nps-gauge lang="en" data=${data}></kpi-nps-gauge>`);
    expect(shadowText(el, '[part=score]')).to.equal('+33.3');
  });

  it('defines <kpi-attribution-sankey>', () => {
    expect(customElements.get('kpi-attribution-sankey'), 'defined by the bundle').to.not.equal(undefined);
  });

  it('defines <kpi-survey>', () => {
    expect(customElements.get('kpi-survey'), 'defined by the bundle').to.not.equal(undefined);
  });
});
