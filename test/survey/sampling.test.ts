import { expect } from '@open-wc/testing';
import { bucket, hash32, inSample, visitorId } from '../../src/survey/sampling.js';
import { markSeen, shouldAsk } from '../../src/survey/triggers.js';
import { clearSurveyStorage } from './helpers.js';

/** A Storage in memory, for storage that the test owns. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe('survey sampling', () => {
  beforeEach(clearSurveyStorage);
  afterEach(clearSurveyStorage);

  it('decides the same way every time for a user id', () => {
    const first = Array.from({ length: 200 }, (_, i) => inSample(0.3, 'nps-chat', `user-${i}`));
    const again = Array.from({ length: 200 }, (_, i) => inSample(0.3, 'nps-chat', `user-${i}`));
    expect(again).to.deep.equal(first);
    // A visitor inside a 10 % sample is inside any larger one (the bucket is fixed, the cut moves).
    for (let i = 0; i < 200; i++) if (inSample(0.1, 's', `u${i}`)) expect(inSample(0.5, 's', `u${i}`)).to.equal(true);
  });

  it('asks close to the asked share of 10 000 ids', () => {
    // Binomial(10 000, p): within 4 standard deviations, √(10 000·p·(1 − p)).
    for (const [rate, ids] of [
      [0.01, (i: number) => `user-${i}`],
      [0.1, (i: number) => `user-${i}`],
      [0.5, (i: number) => `${i}`],
      [0.25, (i: number) => `u${i}@example.com`],
    ] as const) {
      let asked = 0;
      for (let i = 0; i < 10_000; i++) if (inSample(rate, 'nps-web', ids(i))) asked++;
      const sd = Math.sqrt(10_000 * rate * (1 - rate));
      expect(Math.abs(asked - 10_000 * rate), `rate ${rate}: ${asked}`).to.be.below(4 * sd);
    }
  });

  it('hashes into [0, 1), differently per survey', () => {
    expect(hash32('a')).to.equal(hash32('a'));
    for (let i = 0; i < 1000; i++) expect(bucket('s', `v${i}`)).to.be.within(0, 0.9999999999);
    // Two 50 % surveys do not pick the same half: across 1 000 visitors about half the decisions differ.
    let differ = 0;
    for (let i = 0; i < 1000; i++) if (inSample(0.5, 'survey-a', `v${i}`) !== inSample(0.5, 'survey-b', `v${i}`)) differ++;
    expect(differ).to.be.within(400, 600);
  });

  it('keeps a random visitor id in storage when the host gives no user id (no cookie)', () => {
    const storage = memoryStorage();
    const cookies = document.cookie;
    const id = visitorId(null, storage);
    expect(id).to.match(/^[0-9a-f-]{36}$/);
    expect(visitorId(undefined, storage)).to.equal(id);
    expect(storage.getItem('omnikpi-survey:visitor')).to.equal(id);
    expect(visitorId('host-user', storage)).to.equal('host-user');
    expect(document.cookie).to.equal(cookies);
  });
});

describe('survey triggers', () => {
  it('`once` remembers a survey per id', () => {
    const storage = memoryStorage();
    const opts = { surveyId: 'nps-chat', sample: 1, once: true, storage };
    expect(shouldAsk(opts)).to.equal(true);
    markSeen('nps-chat', storage);
    expect(shouldAsk(opts)).to.equal(false);
    expect(shouldAsk({ ...opts, surveyId: 'csat-mail' })).to.equal(true);
    // Without `once`, a seen survey is asked again.
    expect(shouldAsk({ ...opts, once: false })).to.equal(true);
  });

  it('sample 0 asks nobody, 1 asks everybody without making a visitor id', () => {
    const storage = memoryStorage();
    expect(shouldAsk({ surveyId: 's', sample: 0, once: false, userId: 'u', storage })).to.equal(false);
    expect(shouldAsk({ surveyId: 's', sample: 1, once: false, storage })).to.equal(true);
    expect(storage.length).to.equal(0);
  });
});
