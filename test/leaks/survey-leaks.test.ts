/**
 * Two things the leak cycles found in the survey, pinned down on their own:
 * a survey removed during its `delay` must not start its timer again while
 * off the page, and a page that posts many answers must be able to post them
 * all (each response's body released, not held open with its keepalive quota).
 */
import { expect } from '@open-wc/testing';
import '../../src/kpi-survey.js';
import type { KpiSurvey } from '../../src/elements/survey/survey.component.js';
import { post } from '../../src/survey/delivery.js';
import { PREFIX } from '../../src/survey/storage.js';
import { sleep } from '../helpers.js';
import { clearSurveyStorage, collector, entry, received } from '../survey/helpers.js';

describe('survey: nothing left running off the page', () => {
  beforeEach(clearSurveyStorage);
  afterEach(clearSurveyStorage);

  it('removed during its `delay`: it does not show nor count as seen while away; put back, it shows after its delay', async () => {
    const el = document.createElement('kpi-survey') as KpiSurvey;
    el.setAttribute('metric', 'nps');
    el.setAttribute('survey-id', 'away');
    el.setAttribute('delay', '0.1');
    el.toggleAttribute('once', true);
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await sleep(250); // well past the delay
    // `once` remembers a survey when it is shown: one that never showed is not "seen".
    expect(localStorage.getItem(`${PREFIX}seen:away`)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=form]')).to.equal(null);
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=form]'), 'not before its delay').to.equal(null);
    await sleep(250);
    expect(el.shadowRoot!.querySelector('[part=form]'), 'shown after its delay').to.not.equal(null);
    expect(localStorage.getItem(`${PREFIX}seen:away`)).to.equal('1');
    el.remove();
  });

  it('300 answers of 500 bytes posted from one page are all accepted (the keepalive quota is 64 kB in flight)', async function () {
    this.timeout(20_000);
    const { url, key } = collector('ok');
    const pad = 'x'.repeat(500);
    const outcomes: string[] = [];
    for (let i = 0; i < 300; i++) outcomes.push((await post(entry(url, `k-${i}`, { responseId: `k-${i}`, pad }))).kind);
    expect(outcomes.filter((kind) => kind !== 'sent').length, 'answers not sent').to.equal(0);
    expect((await received(key)).length).to.equal(300);
  });
});
