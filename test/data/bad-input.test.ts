/**
 * Bad input through the shared data controller (driven through <kpi-nps-gauge>):
 * every case shows a clear, localized error naming the field, fires kpi-error,
 * keeps the last good data, and lets nothing escape to the page.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/kpi-nps-gauge.js';
import type { KpiErrorDetail } from '../../src/data/events.js';
import type { KpiNpsGauge } from '../../src/elements/nps-gauge/nps-gauge.component.js';
import { jsonUrl, mount, record, shadowText, sleep, until, watchPageErrors } from '../helpers.js';

const good = { responses: [{ metric: 'nps', score: 10 }, { metric: 'nps', score: 0 }, { metric: 'nps', score: 9 }] }; // +33.3
const other = { responses: [{ metric: 'nps', score: 0 }] }; // −100

describe('bad input', () => {
  let page: ReturnType<typeof watchPageErrors>;
  beforeEach(() => (page = watchPageErrors()));
  afterEach(() => {
    page.stop();
    expect(page.errors, 'errors that reached the page').to.deep.equal([]);
  });

  /** Mounts a gauge with listeners attached before its first update. */
  async function gauge(attrs: Record<string, string>) {
    const el = document.createElement('kpi-nps-gauge');
    const errors = record<KpiErrorDetail>(el, 'kpi-error');
    const data = record(el, 'kpi-data');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    await mount(html`${el}`);
    return { el, errors, data };
  }

  const alertText = (el: KpiNpsGauge) => shadowText(el, '[role=alert]');

  describe('in the data attribute', () => {
    it('malformed JSON: error naming `data`, kpi-error code "json"', async () => {
      const { el, errors } = await gauge({ lang: 'en', data: '{"responses": [' });
      expect(el.status).to.equal('error');
      expect(alertText(el)).to.equal('Cannot show this data. data — is not valid JSON');
      expect(errors.map((e) => [e.detail.code, e.detail.source, e.detail.field])).to.deep.equal([['json', 'data', '']]);
      expect(errors[0]!.detail.message).to.equal('data — is not valid JSON');
    });

    it('a score of 11: names responses[1].score and the allowed range, in French too', async () => {
      const bad = JSON.stringify({ responses: [{ metric: 'nps', score: 9 }, { metric: 'nps', score: 11 }] });
      const { el, errors } = await gauge({ lang: 'fr', data: bad });
      expect(alertText(el)).to.equal('Impossible d’afficher ces données. responses[1].score — doit être un nombre entier de 0 à 10 (reçu : 11)');
      expect(errors[0]!.detail).to.deep.include({ code: 'range', field: 'responses[1].score', min: 0, max: 10, received: '11' });
      el.lang = 'en';
      await el.updateComplete;
      expect(alertText(el)).to.equal('Cannot show this data. responses[1].score — must be a whole number from 0 to 10 (got 11)');
    });

    it('a score of "nine": names the field and the expected type', async () => {
      const { el, errors } = await gauge({ lang: 'en', data: '{"responses":[{"metric":"nps","score":"nine"}]}' });
      expect(alertText(el)).to.equal('Cannot show this data. responses[0].score — expected a number, got text');
      expect(errors[0]!.detail).to.deep.include({ code: 'type', field: 'responses[0].score', expected: 'number', received: 'string' });
    });

    it('an unknown metric, a missing score and a bad histogram count each name their field', async () => {
      const cases: Array<[unknown, string, string]> = [
        [{ responses: [{ metric: 'promoter', score: 9 }] }, 'responses[0].metric', 'must be one of nps, csat, ces'],
        [{ responses: [{ metric: 'nps' }] }, 'responses[0].score', 'is missing'],
        [{ histograms: [{ metric: 'nps', counts: { '12': 4 } }] }, 'histograms[0].counts.12', 'must be a whole number from 0 to 10 (got 4)'],
        [{ histograms: [{ metric: 'nps', counts: { '9': -2 } }] }, 'histograms[0].counts.9', 'must be at least 0'],
        [{ responses: [{ metric: 'nps', score: 9, channel: '   ' }] }, 'responses[0].channel', 'must be at least 1'],
      ];
      for (const [input, field, reason] of cases) {
        const { el } = await gauge({ lang: 'en', data: JSON.stringify(input) });
        expect(alertText(el)).to.equal(`Cannot show this data. ${field} — ${reason}`);
      }
    });

    it('a counts key that is no score, `__proto__` included, is an error, not a dropped count', async () => {
      // Dropping `"__proto__": 50` silently left n = 1 out of 51 answers.
      const { el, errors } = await gauge({ lang: 'en', data: '{"histograms":[{"metric":"nps","counts":{"__proto__":50,"9":1}}]}' });
      expect(alertText(el)).to.equal('Cannot show this data. histograms[0].counts.__proto__ — must be a whole number from 0 to 10 (got 50)');
      expect(errors[0]!.detail).to.deep.include({ code: 'range', field: 'histograms[0].counts.__proto__' });
      const word = await gauge({ lang: 'en', data: '{"histograms":[{"metric":"nps","counts":{"nine":1}}]}' });
      expect(alertText(word.el)).to.equal('Cannot show this data. histograms[0].counts.nine — must be a whole number from 0 to 10 (got 1)');
    });

    it('counts, conversions and their sums past 2^53 − 1 name the field (figures would no longer be exact)', async () => {
      const MAX = Number.MAX_SAFE_INTEGER; // 9 007 199 254 740 991
      const cases: Array<[unknown, string]> = [
        // One count past it (z.int's own range).
        [{ histograms: [{ metric: 'nps', counts: { '9': MAX + 2 } }] }, 'histograms[0].counts.9'],
        // Two counts of 2^52 in one histogram: 2^53 > MAX.
        [{ histograms: [{ metric: 'nps', counts: { '9': 2 ** 52, '10': 2 ** 52 } }] }, 'histograms[0].counts'],
        // Each histogram fine, the second one takes the document's total past it.
        [{ histograms: [{ metric: 'nps', counts: { '9': 2 ** 52 } }, { metric: 'nps', counts: { '0': 2 ** 52 } }] }, 'histograms[1].counts'],
        // 1e308 conversions swamped every other journey.
        [{ journeys: [{ path: ['email'], conversions: 3 }, { path: ['search'], conversions: 1e308 }] }, 'journeys[1].conversions'],
        [{ journeys: [{ path: ['email'], conversions: 2 ** 52 }, { path: ['search'], conversions: 2 ** 52 }] }, 'journeys[1].conversions'],
        [{ journeys: [{ path: ['email'], conversions: 1, nulls: 1e300 }] }, 'journeys[0].nulls'],
      ];
      for (const [input, field] of cases) {
        const { el, errors } = await gauge({ lang: 'en', data: JSON.stringify(input) });
        expect(alertText(el), field).to.match(new RegExp(`^Cannot show this data\\. ${field.replace(/[[\].]/g, '\\$&')} — must be at most 9`));
        expect(errors[0]!.detail, field).to.deep.include({ code: 'too-big', field, max: MAX });
      }
    });

    it('a list where an object belongs is an error; an empty list of responses is the empty state', async () => {
      const list = await gauge({ lang: 'en', data: '[]' });
      expect(alertText(list.el)).to.equal('Cannot show this data. data — expected an object, got a list');
      const empty = await gauge({ lang: 'en', data: '{"responses":[]}' });
      expect(empty.el.status).to.equal('empty');
      expect(shadowText(empty.el, '[part=empty]')).to.equal('No answers yet');
      expect(empty.errors).to.have.length(0);
    });

    it('counts the other problems beyond the first one', async () => {
      const { el } = await gauge({ lang: 'en', data: JSON.stringify({ responses: [{ metric: 'nps', score: 11 }, { metric: 'nps', score: 12 }, { metric: 'x', score: 1 }] }) });
      expect(alertText(el)).to.contain('responses[0].score').and.contain('(and 2 more problems)');
    });

    it('keeps the last good data when new input is invalid, and shows why', async () => {
      const { el, errors } = await gauge({ lang: 'en', data: JSON.stringify(good) });
      expect(shadowText(el, '[part=score]')).to.equal('+33.3');
      el.setAttribute('data', '{"responses":[{"metric":"nps","score":-3}]}');
      await el.updateComplete;
      expect(shadowText(el, '[part=score]')).to.equal('+33.3');
      expect(shadowText(el, '.stale')).to.contain('responses[0].score — must be a whole number from 0 to 10 (got -3)');
      expect(errors).to.have.length(1);
    });

    it('renders hostile strings as text, never as markup', async () => {
      const payload = '<img src=x onerror="window.__pwned = 1">';
      const { el } = await gauge({ lang: 'en', channel: payload, data: JSON.stringify({ responses: [{ metric: 'nps', score: 9, channel: payload }] }) });
      await sleep(50);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(shadowText(el, '[part=title]')).to.equal(`Net Promoter Score · ${payload}`);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('from src', () => {
    it('loads from src, showing the loading state until it answers', async () => {
      const { el, data } = await gauge({ lang: 'en', src: jsonUrl(good, 'slow', { ms: '300' }) });
      expect(el.status).to.equal('loading');
      expect(el.shadowRoot!.querySelector('[part=loading]')!.getAttribute('role')).to.equal('status');
      await until(() => el.status === 'ready', 'data arrives');
      expect(shadowText(el, '[part=score]')).to.equal('+33.3');
      expect(data.map((e) => (e.detail as { source: string }).source)).to.deep.equal(['src']);
    });

    for (const status of [404, 500]) {
      it(`HTTP ${status}: error with the status`, async () => {
        const { el, errors } = await gauge({ lang: 'en', src: `/test-api/status/${status}` });
        await until(() => el.status === 'error', 'error shown');
        expect(alertText(el)).to.equal(`Cannot show this data. /test-api/status/${status} — the server answered HTTP ${status}`);
        expect(errors[0]!.detail).to.deep.include({ code: 'http', status, source: 'src', url: `/test-api/status/${status}` });
      });
    }

    it('invalid JSON from the server', async () => {
      const { el, errors } = await gauge({ lang: 'fr', src: jsonUrl('{not json') });
      await until(() => el.status === 'error', 'error shown');
      expect(alertText(el)).to.contain('n’est pas un JSON valide');
      expect(errors[0]!.detail.code).to.equal('json');
    });

    it('a valid document with a bad field names the field', async () => {
      const { el, errors } = await gauge({ lang: 'en', src: jsonUrl({ responses: [{ metric: 'nps', score: 'ten' }] }) });
      await until(() => el.status === 'error', 'error shown');
      expect(errors[0]!.detail).to.deep.include({ code: 'type', field: 'responses[0].score', source: 'src' });
    });

    it('a server that never answers: timeout error after `timeout` seconds', async () => {
      const { el, errors } = await gauge({ lang: 'en', src: '/test-api/hang', timeout: '0.3' });
      expect(el.status).to.equal('loading');
      await until(() => el.status === 'error', 'times out');
      expect(alertText(el)).to.equal('Cannot show this data. /test-api/hang — no answer from the server within 0.3 s');
      expect(errors[0]!.detail.code).to.equal('timeout');
    });

    it('an unreachable host: network error', async () => {
      const { el, errors } = await gauge({ lang: 'en', src: 'http://127.0.0.1:9/nps.json' });
      await until(() => el.status === 'error', 'fails');
      expect(errors[0]!.detail.code).to.equal('network');
      expect(alertText(el)).to.contain('the server could not be reached');
    });

    it('a new src while the old one is in flight: the old answer never wins', async () => {
      const { el, data } = await gauge({ lang: 'en', src: jsonUrl(other, 'slow', { ms: '400' }) });
      el.src = jsonUrl(good);
      await until(() => el.status === 'ready', 'new data');
      await sleep(600); // past the moment the old request would have answered
      expect(shadowText(el, '[part=score]')).to.equal('+33.3');
      expect(data).to.have.length(1);
    });

    it('leaving the page aborts the fetch; coming back fetches again', async () => {
      const key = `count-${Math.random()}`;
      const { el, data, errors } = await gauge({ lang: 'en', src: jsonUrl(good, 'count', { key }) });
      const parent = el.parentElement!;
      el.remove(); // before the answer is read
      await sleep(100);
      expect(el.status).to.equal('loading');
      parent.append(el);
      await until(() => el.status === 'ready', 'loads after reconnecting');
      expect(shadowText(el, '[part=score]')).to.equal('+33.3');
      expect(data).to.have.length(1);
      expect(errors).to.have.length(0);
    });

    it('a failed refresh keeps the last good data on screen and says why', async () => {
      const key = `once-${Math.random()}`;
      const { el, errors } = await gauge({ lang: 'en', src: jsonUrl(good, 'once', { key }) });
      await until(() => el.status === 'ready', 'first load');
      await el.reload();
      await until(() => errors.length === 1, 'refresh fails');
      expect(el.status).to.equal('ready');
      expect(shadowText(el, '[part=score]')).to.equal('+33.3');
      expect(shadowText(el, '.stale')).to.equal('Could not update; showing the last data received. ' + `${el.src} — the server answered HTTP 500`);
      expect(el.shadowRoot!.querySelector('.stale')!.getAttribute('role')).to.equal('status');
    });

    it('re-fetches every `refresh` seconds, and stops when the element leaves the page', async () => {
      const key = `count-${Math.random()}`;
      const hits = async () => ((await (await fetch(`/test-api/hits?key=${key}`)).json()) as { hits: number }).hits;
      const { el } = await gauge({ src: jsonUrl(good, 'count', { key }), refresh: '0.1' });
      await until(() => el.status === 'ready', 'first load');
      const before = await hits();
      await sleep(450);
      const during = await hits();
      expect(during - before).to.be.at.least(2);
      el.remove();
      const afterRemoval = await hits();
      await sleep(350);
      expect(await hits()).to.equal(afterRemoval);
    });
  });
});
