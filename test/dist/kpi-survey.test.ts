// The built bundle alone (run after `npm run build`): what an integrator's one script tag loads.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { shadowText, until } from '../helpers.js';
import { clearSurveyStorage, collector, receivedSoon } from '../survey/helpers.js';

describe('dist/kpi-survey.js', () => {
  before(async () => {
    const url = '/dist/kpi-survey.js'; // a variable: the bundle has no types of its own
    await import(/* @vite-ignore */ url);
  });
  after(clearSurveyStorage);

  it('defines <kpi-survey>, which posts an answer', async () => {
    await clearSurveyStorage();
    expect(customElements.get('kpi-survey'), 'defined by the bundle').to.not.equal(undefined);
    const { url, key } = collector('ok');
    const el = await fixture(html`<kpi-survey metric="csat" channel="store" action=${url} lang="fr"></kpi-survey>`);
    expect(shadowText(el, '[part=submit]')).to.equal('Envoyer');
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')][3]!.click(); // 4 on 1–5
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await until(() => el.shadowRoot!.querySelector('[part=thanks]') !== null, 'thanks');
    const got = await receivedSoon(key);
    expect(got[0]!.body.responses![0]).to.include({ metric: 'csat', score: 4, min: 1, max: 5, channel: 'store' });
  });
});
