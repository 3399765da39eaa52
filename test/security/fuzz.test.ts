/**
 * Property-based fuzzing of every element (fast-check, fixed seeds): documents valid
 * by construction, documents broken at one known field, partly and fully arbitrary
 * JSON, and any JavaScript value, through the attribute and the property. Whatever
 * comes in, the element throws nothing into the page, injects nothing, and ends in
 * one of its states; valid input shows the right figures, broken input an error
 * naming the field (`kpi-error` with that `field`). The run counts are printed.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { html } from 'lit';
import type { KpiErrorDetail } from '../../src/data/events.js';
import type { KpiSurvey } from '../../src/elements/survey/survey.component.js';
import { mount, normalize, record, shadowText, watchPageErrors } from '../helpers.js';
import { clearSurveyStorage } from '../survey/helpers.js';
import { anyText, badDefinition, definition, document as validDocument, mutated, offScale, semiArbitrary, type Doc } from './arbitraries.js';
import { display, removeDisplays, type Display, type DisplayTag } from './display.js';
import { armTripwires, injected, prototypeSnapshot, pwned } from './hostile.js';

/** One seed for the whole file: a failure prints its counterexample and path, and replays as is. */
const SEED = 20260507;
const root = (el: Element) => el.shadowRoot!;
const via = fc.constantFrom('attribute', 'property') as fc.Arbitrary<'attribute' | 'property'>;

/** Runs a property with the file's seed and prints how many cases it tried. */
async function check<T>(name: string, arb: fc.Arbitrary<T>, runs: number, predicate: (value: T) => Promise<void>) {
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(arb, async (value) => {
      try {
        await predicate(value);
      } finally {
        removeDisplays();
      }
    }),
    { seed: SEED, numRuns: runs, includeErrorInReport: true },
  );
  console.log(`fuzz ${name}: ${runs} runs, ${Math.round(performance.now() - started)} ms`);
}

let page: ReturnType<typeof watchPageErrors>;
/** Nothing reached the page, nothing was injected, nothing ran. */
function expectHarmless(el: Element) {
  expect(page.errors, 'errors that reached the page').to.deep.equal([]);
  expect(injected(el), 'injected').to.deep.equal([]);
  expect(pwned(), 'a payload ran').to.equal(undefined);
}

/** Figures (not names) as the element shows them: never NaN or infinite. */
function figures(el: Display): string {
  const r = root(el);
  const cells = [...r.querySelectorAll('[part=score], [part=meta], tbody td, .shares .share, .shares .figures')];
  return cells.map((c) => normalize(c.textContent)).join(' | ');
}

/** One of the four states, and the one that goes with the events: an error names its field, anything else fires none. */
function expectConsistent(el: Display, errors: Array<{ detail: KpiErrorDetail }>) {
  // No src: never loading, unless no input came at all (a new element given `.data = undefined` waits for one).
  const waiting = el.data === undefined && !el.src && !el.hasAttribute('data');
  if (waiting) return void expect(el.status, 'no input yet: loading').to.equal('loading');
  expect(['empty', 'error', 'ready'], 'status (no src: never loading)').to.include(el.status);
  const alert = root(el).querySelector('[role=alert]');
  if (el.status === 'error') {
    expect(errors, 'kpi-error').to.have.length(1);
    const { field, source } = errors[0]!.detail;
    expect(field).to.be.a('string');
    expect(normalize(alert?.textContent)).to.contain(normalize(field || source));
  } else {
    expect(errors.map((e) => e.detail.reason), 'kpi-error without the error state').to.deep.equal([]);
    expect(alert, 'an alert without the error state').to.equal(null);
  }
  if (el.status === 'ready') {
    expect(root(el).querySelector('[role=img]'), 'a ready element shows its chart').to.not.equal(null);
    expect(figures(el)).to.not.match(/NaN|Infinity|∞/);
  }
}

// Independent tallies of a valid document, from DESIGN.md §3–4 (not from the engine).
function npsOf(doc: Doc) {
  const counts = new Array<number>(11).fill(0);
  for (const r of doc.responses ?? []) if (r.metric === 'nps') counts[r.score]!++;
  for (const h of doc.histograms ?? []) if (h.metric === 'nps') for (const [k, c] of Object.entries(h.counts)) counts[Number(k)]! += c;
  const n = counts.reduce((a, b) => a + b, 0);
  const p = counts[9]! + counts[10]!;
  const d = counts.slice(0, 7).reduce((a, b) => a + b, 0);
  return { n, score: n ? (100 * (p - d)) / n : null };
}
function csatGroups(doc: Doc): number[] {
  const n = new Map<string, number>();
  const add = (key: string | undefined, count: number) => n.set(key ?? '', (n.get(key ?? '') ?? 0) + count);
  for (const r of doc.responses ?? []) if (r.metric === 'csat') add(r.channel?.trim(), 1);
  for (const h of doc.histograms ?? []) if (h.metric === 'csat') add(h.channel?.trim(), Object.values(h.counts).reduce((a, b) => a + b, 0));
  return [...n.values()].filter((c) => c > 0).sort((a, b) => a - b);
}
function journeysOf(doc: Doc) {
  const channels = new Set<string>();
  let walks = 0;
  let conversions = 0;
  for (const j of doc.journeys ?? []) {
    const parts = typeof j.path === 'string' ? j.path.split('>') : j.path.map((t) => (typeof t === 'string' ? t : t.channel));
    for (const c of parts) channels.add(c.trim());
    walks += j.conversions + (j.nulls ?? 0);
    conversions += j.conversions;
  }
  return { channels: channels.size, walks, conversions };
}
// The elements write negatives with U+2212 (the typographic minus): read it as "-".
const number = (text: string) => Number(text.replace(/,/g, '').replace(/\u2212/g, '-').replace(/[^\d.+-]/g, ''));

/** What a valid document must show, element by element. */
const VALID: Record<DisplayTag, (el: Display, doc: Doc) => void> = {
  'kpi-nps-gauge': (el, doc) => {
    const { n, score } = npsOf(doc);
    expect(el.status).to.equal(n === 0 ? 'empty' : 'ready');
    if (score !== null) expect(number(shadowText(el, '[part=score]'))).to.be.closeTo(score, 0.05 + 1e-9);
  },
  'kpi-channel-csat': (el, doc) => {
    const groups = csatGroups(doc);
    expect(el.status).to.equal(groups.length === 0 ? 'empty' : 'ready');
    if (groups.length === 0) return;
    const shown = [...root(el).querySelectorAll('tbody tr')].map((tr) => number(tr.children[3]!.textContent!)).sort((a, b) => a - b);
    expect(shown, 'n per group').to.deep.equal(groups);
  },
  'kpi-attribution-sankey': (el, doc) => {
    const { channels, walks, conversions } = journeysOf(doc);
    expect(el.status).to.equal(walks === 0 ? 'empty' : 'ready');
    if (walks === 0) return;
    const rows = [...root(el).querySelectorAll('.attribution-table tbody tr')];
    expect(rows, 'one row per channel').to.have.length(channels);
    const credited = rows.reduce((sum, tr) => sum + number(tr.children[1]!.textContent!), 0);
    expect(credited, 'conversions credited').to.be.closeTo(conversions, 0.005 * channels + 1e-9);
  },
};

/** Element by element: the same properties, with run counts sized to the element's cost. */
const RUNS: Record<DisplayTag, number> = { 'kpi-nps-gauge': 300, 'kpi-channel-csat': 200, 'kpi-attribution-sankey': 150 };

describe('fuzz (fast-check)', function () {
  this.timeout(60_000);
  let disarm: () => void;
  const prototypes = prototypeSnapshot();
  before(() => (disarm = armTripwires()));
  after(() => {
    disarm();
    // fast-check makes own `__proto__` keys and null-prototype objects: none of it may reach a prototype.
    expect(prototypeSnapshot()).to.equal(prototypes);
    expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
  });
  beforeEach(() => (page = watchPageErrors()));
  afterEach(async () => {
    page.stop();
    removeDisplays();
    await clearSurveyStorage();
  });

  for (const tag of Object.keys(RUNS) as DisplayTag[]) {
    describe(`<${tag}>`, () => {
      const runs = RUNS[tag];
      const feed = (how: 'attribute' | 'property', input: unknown) => display(tag, how, how === 'attribute' ? (typeof input === 'string' ? input : JSON.stringify(input)) : input);

      it('valid documents: the figures of the data, no kpi-error', async () => {
        await check(`${tag} valid`, fc.tuple(validDocument, via), runs, async ([doc, how]) => {
          const { el, errors } = await feed(how, doc);
          expectHarmless(el);
          expectConsistent(el, errors);
          VALID[tag](el, doc);
        });
      });

      it('documents broken at one field: the error state naming that field', async () => {
        await check(`${tag} mutated`, fc.tuple(mutated, via), runs, async ([{ doc, field, what }, how]) => {
          const { el, errors } = await feed(how, doc);
          expectHarmless(el);
          expect(el.status, what).to.equal('error');
          expectConsistent(el, errors);
          const named = errors[0]!.detail.field;
          expect(named === field || named.startsWith(`${field}[`) || named.startsWith(`${field}.`), `${what}: named ${named}, broken ${field}`).to.equal(true);
        });
      });

      it('partly and fully arbitrary JSON: one of the states, consistent with the events', async () => {
        const json = fc.oneof(offScale, semiArbitrary, fc.jsonValue(), fc.jsonValue({ maxDepth: 6 }).map((v) => ({ responses: [v], journeys: [v], histograms: [{ metric: 'nps', counts: v }] })));
        await check(`${tag} json`, fc.tuple(json, via), runs, async ([input, how]) => {
          const { el, errors } = await feed(how, input);
          expectHarmless(el);
          expectConsistent(el, errors);
        });
        // Text that is not JSON at all, in the attribute.
        await check(`${tag} text`, anyText, Math.round(runs / 3), async (text) => {
          const { el, errors } = await display(tag, 'attribute', text);
          expectHarmless(el);
          expectConsistent(el, errors);
        });
      });

      it('any JavaScript value through the property (NaN, −0, BigInt, Map, Date, null prototypes, sparse arrays…)', async () => {
        const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, maxDepth: 4 });
        const shaped = anything.map((v) => ({ responses: [{ metric: 'nps', score: v }, v], journeys: [{ path: [v], conversions: v }], histograms: [{ metric: 'csat', counts: { 4: v } }] }));
        await check(`${tag} anything`, fc.oneof(anything, shaped), runs, async (value) => {
          const { el, errors } = await display(tag, 'property', value);
          expectHarmless(el);
          expectConsistent(el, errors);
        });
      });
    });
  }

  it('schema-valid data the element cannot draw is its error state, and drawable again once the element fits it', async () => {
    // Found by the fuzzer: CSAT answers on a 1–7 scale are valid data, but not for a 1–5 CSAT element.
    const doc = { responses: [{ metric: 'csat', score: 7, max: 7, channel: 'chat' }, { metric: 'csat', score: 2, max: 7, channel: 'chat' }] };
    const { el, errors } = await display('kpi-channel-csat', 'attribute', doc, { 'min-n': '1' });
    expectHarmless(el);
    expect(el.status).to.equal('error');
    expect(errors.map((e) => [e.detail.code, e.detail.field, e.detail.message])).to.deep.equal([['compute', '', 'data — could not be computed']]);
    expect(shadowText(el, '[role=alert]')).to.equal('Cannot show this data. data — could not be computed');
    // On its own scale: 1 of 2 at or above 6 (the top two boxes of 7) → 50 %.
    el.setAttribute('scale', '7');
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(normalize(root(el).querySelector('tbody td')!.textContent)).to.equal('50%');
    expect(errors).to.have.length(1);
  });

  describe('<kpi-survey>', () => {
    async function survey(setup: (el: KpiSurvey) => void) {
      const el = document.createElement('kpi-survey') as KpiSurvey;
      const errors = record<KpiErrorDetail>(el, 'kpi-error');
      el.setAttribute('lang', 'en');
      setup(el);
      await mount(html`${el}`);
      await el.updateComplete;
      return { el, errors };
    }
    const give = (how: 'attribute' | 'property', def: unknown) => (el: KpiSurvey) => (how === 'attribute' ? el.setAttribute('definition', JSON.stringify(def)) : (el.definition = def));
    /**
     * A survey shows its questions or its error, never both nor neither; the error is announced with
     * its field. A numeric attribute out of range is not such an error: it falls back to its default
     * (the survey still shows) and is announced apart, naming the attribute.
     */
    function expectSurveyConsistent(el: KpiSurvey, all: Array<{ detail: KpiErrorDetail }>) {
      const NUMERIC = ['timeout', 'delay', 'sample'];
      const fallbacks = all.filter((e) => e.detail.source === 'definition' && NUMERIC.includes(e.detail.field) && e.detail.code === 'range');
      for (const { detail } of fallbacks) expect(Number(el.getAttribute(detail.field)), `${detail.field} was out of range`).to.not.be.within(detail.min!, detail.max!);
      const errors = all.filter((e) => !fallbacks.includes(e));
      expectHarmless(el);
      const alert = root(el).querySelector('[role=alert]');
      const form = root(el).querySelector('[part=form]');
      expect(!!alert !== !!form, 'exactly one of the error and the form').to.equal(true);
      if (alert) {
        expect(errors).to.have.length(1);
        expect(el.problem?.field).to.equal(errors[0]!.detail.field);
        expect(normalize(alert.textContent)).to.contain(normalize(errors[0]!.detail.field || 'definition'));
      } else expect(errors.map((e) => e.detail.reason)).to.deep.equal([]);
    }
    const RUNS_SURVEY = 150;

    it('valid definitions: every unconditional question shown, no error', async () => {
      await check('survey valid', fc.tuple(definition, via), RUNS_SURVEY, async ([def, how]) => {
        const { el, errors } = await survey(give(how, def));
        expectSurveyConsistent(el, errors);
        expect(root(el).querySelector('[part=form]'), 'form').to.not.equal(null);
        expect(root(el).querySelectorAll('.question')).to.have.length(def.questions.filter((q) => !q.showIf).length);
      });
    });

    it('definitions broken at one field: the error naming that field', async () => {
      await check('survey broken', fc.tuple(badDefinition, via), RUNS_SURVEY, async ([{ def, field }, how]) => {
        const { el, errors } = await survey(give(how, def));
        expectSurveyConsistent(el, errors);
        expect(errors.map((e) => e.detail.field)).to.deep.equal([field]);
      });
    });

    it('arbitrary JSON and values as the definition, arbitrary plain attributes: consistent', async () => {
      const anything = fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, maxDepth: 3 }), fc.record({ id: fc.jsonValue(), questions: fc.array(fc.dictionary(fc.constantFrom('id', 'type', 'label', 'options', 'showIf', 'max', 'required'), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }) }));
      await check('survey anything', anything, RUNS_SURVEY, async (def) => {
        const { el, errors } = await survey((s) => (s.definition = def));
        expectSurveyConsistent(el, errors);
      });
      const attrs = fc.record(
        {
          metric: fc.oneof(fc.constantFrom('nps', 'csat', 'ces', 'text', ''), anyText),
          question: anyText,
          scale: fc.oneof(fc.constantFrom('5', '7', '6', 'x', ''), anyText),
          comment: fc.constantFrom('always', 'negative', 'sometimes', ''),
          channel: anyText,
          touchpoint: anyText,
          'survey-id': anyText,
          sample: fc.constantFrom('1', '0.5', '5%', '2', '-1'),
          'lower-is-easier': fc.constant(''),
        },
        { requiredKeys: [] },
      );
      await check('survey attributes', attrs, RUNS_SURVEY, async (values) => {
        const { el, errors } = await survey((s) => Object.entries(values).forEach(([k, v]) => s.setAttribute(k, v)));
        // A sampled-out visitor sees nothing, which is a state too (a sample out of range asks everyone).
        if (!root(el).querySelector('[role=alert], [part=form]')) expect(Number(values.sample)).to.be.within(0, 0.99);
        else expectSurveyConsistent(el, errors);
        expect(errors.some((e) => e.detail.field === 'sample'), 'sample out of range is announced').to.equal(values.sample !== undefined && !(Number(values.sample) >= 0 && Number(values.sample) <= 1));
        expectHarmless(el);
      });
    });
  });
});
