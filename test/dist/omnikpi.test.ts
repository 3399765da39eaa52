// The loader, built (run after `npm run build`): what an integrator's one script tag loads.
// The tests run in order on one page: the loader is imported once, as a page does.
import { expect } from '@open-wc/testing';
import { shadowText, until } from '../helpers.js';

interface Detail {
  loaded: string[];
  failed: string[];
}
interface Loader {
  discover(root?: ParentNode): Promise<Detail>;
  ready: Promise<Detail>;
  KNOWN_TAGS: readonly string[];
}

/** The element module files the page requested so far (resource timing). */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/'));

describe('dist/omnikpi.js (the loader)', () => {
  let loader: Loader;
  const warnings: string[] = [];
  const realWarn = console.warn;
  let completed: Detail | undefined;

  before(async () => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    document.addEventListener('kpi-discovery-complete', (e) => (completed = (e as CustomEvent<Detail>).detail), { once: true });
    // 2 promoters, 1 detractor of 3 → NPS +33.3 (hand-computed: 100 · (2 − 1) / 3).
    const gauge = document.createElement('kpi-nps-gauge');
    gauge.lang = 'en';
    gauge.setAttribute('data', JSON.stringify({ responses: [9, 10, 0].map((score) => ({ metric: 'nps', score })) }));
    gauge.id = 'first-gauge';
    document.body.append(gauge, document.createElement('kpi-not-a-widget'), document.createElement('kpi-not-a-widget'));
    const url = '/dist/omnikpi.js'; // a variable: the built file has no types of its own
    loader = (await import(/* @vite-ignore */ url)) as Loader;
  });
  after(() => {
    console.warn = realWarn;
  });

  it('defines nothing itself, and loads the gauge the document holds: the first pass resolves `ready` and fires kpi-discovery-complete', async () => {
    const detail = await loader.ready;
    expect(detail).to.deep.equal({ loaded: ['kpi-nps-gauge'], failed: [] });
    expect(completed).to.deep.equal(detail);
    const gauge = document.getElementById('first-gauge')!;
    await until(() => shadowText(gauge, '[part=score]') === '+33.3', 'the gauge drew its score');
  });

  it('requests no module of an element the page does not show', () => {
    const files = requested();
    expect(files).to.include('/dist/kpi-nps-gauge.js');
    for (const absent of ['/dist/kpi-survey.js', '/dist/kpi-attribution-sankey.js', '/dist/kpi-channel-csat.js', '/dist/omnikpi-all.js']) expect(files).to.not.include(absent);
    for (const tag of ['kpi-survey', 'kpi-attribution-sankey', 'kpi-channel-csat']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('ignores a tag it does not know with one console warning and no request, however many times it appears', async () => {
    document.body.append(document.createElement('kpi-not-a-widget'));
    await loader.discover();
    const about = warnings.filter((w) => w.includes('<kpi-not-a-widget>'));
    expect(about).to.have.length(1);
    expect(about[0]).to.include('is not an omnikpi element');
    expect(requested().some((p) => p.includes('not-a-widget'))).to.equal(false);
  });

  it('loads an element added to the document later (MutationObserver), nested in other markup', async () => {
    const wrapper = document.createElement('section');
    const bars = document.createElement('kpi-channel-csat');
    wrapper.append(bars);
    document.body.append(wrapper);
    await until(() => customElements.get('kpi-channel-csat') !== undefined, 'kpi-channel-csat defined after being added', 8000);
    expect(requested()).to.include('/dist/kpi-channel-csat.js');
  });

  it('discover(shadowRoot) loads the elements of a shadow root, which the observer cannot see', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('kpi-survey'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(customElements.get('kpi-survey'), 'not found by the observer').to.equal(undefined);
    const detail = await loader.discover(shadow);
    expect(detail).to.deep.equal({ loaded: ['kpi-survey'], failed: [] });
    expect(customElements.get('kpi-survey')).to.not.equal(undefined);
  });

  it('knows exactly the element modules built beside it', async () => {
    for (const tag of loader.KNOWN_TAGS) {
      const response = await fetch(`/dist/${tag}.js`, { method: 'HEAD' });
      expect(response.status, `/dist/${tag}.js`).to.equal(200);
    }
  });
});
