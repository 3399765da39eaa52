/**
 * fast-check arbitraries shaped like the zod schemas (src/engine/schemas.ts, src/survey/definition.ts),
 * and mutations that break a document at a known field. Valid documents use the
 * default scales, so every element can draw them.
 */
import fc from 'fast-check';
import { PAYLOADS } from './hostile.js';

const METRIC_SCALE = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;
export type Metric = keyof typeof METRIC_SCALE;
export const METRICS = Object.keys(METRIC_SCALE) as Metric[];

/** Lone surrogates: a binary string unit never gives one. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Any text: unicode, hostile payloads, prototype names, lone surrogates, mixed. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.oneof(fc.constantFrom('<', '>', '"', "'", '&', '\u202e', '\u200b', '$', '{', '}'), loneSurrogate, fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 20 }),
  fc.constantFrom(...PAYLOADS.map((p) => p.text)),
);
/** A label the schema accepts (trimmed, non-empty): a few common names so groups repeat, or any text with a visible character. */
export const label = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('chat', 'email', 'phone', 'store', 'social', 'constructor', '__proto__') },
  { weight: 1, arbitrary: anyText.map((t) => `x${t}y`) },
);
const iso = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString());
/** Keys the schemas do not know (ignored), hostile ones included. */
const KNOWN = new Set(['responses', 'histograms', 'journeys', 'id', 'responseId', 'metric', 'score', 'min', 'max', 'higherIsEasier', 'channel', 'touchpoint', 'stage', 'at', 'comment', 'counts', 'path', 'conversions', 'value', 'nulls', 'convertedAt']);
const extraKeys = fc.dictionary(
  fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'toString'), anyText).filter((k) => !KNOWN.has(k)),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2 },
);
const withExtra = <T extends object>(arb: fc.Arbitrary<T>) => fc.tuple(arb, fc.option(extraKeys, { nil: undefined })).map(([v, extra]) => (extra ? Object.assign(JSON.parse(JSON.stringify(extra)) as object, v) : v));

export const response = fc
  .constantFrom(...METRICS)
  .chain((metric) =>
    fc.record(
      {
        id: fc.uuid(),
        responseId: fc.uuid(),
        metric: fc.constant(metric),
        score: fc.integer({ min: METRIC_SCALE[metric][0], max: METRIC_SCALE[metric][1] }),
        channel: label,
        touchpoint: label,
        stage: label,
        at: iso,
        comment: anyText,
      },
      { requiredKeys: ['metric', 'score'] },
    ),
  );
export type Response = { metric: Metric; score: number; channel?: string; touchpoint?: string; stage?: string };

export const histogram = fc.constantFrom(...METRICS).chain((metric) => {
  const [min, max] = METRIC_SCALE[metric];
  return fc.record(
    {
      metric: fc.constant(metric),
      channel: label,
      touchpoint: label,
      stage: label,
      counts: fc.dictionary(fc.integer({ min, max }).map(String), fc.nat({ max: 1e6 }), { maxKeys: max - min + 1 }),
    },
    { requiredKeys: ['metric', 'counts'] },
  );
});
export type Histogram = { metric: Metric; channel?: string; counts: Record<string, number> };

const channels = fc.array(label, { minLength: 1, maxLength: 6 });
export const journey = fc.oneof(
  fc.record({ path: channels, conversions: fc.nat({ max: 1000 }), value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }), nulls: fc.nat({ max: 1000 }) }, { requiredKeys: ['path', 'conversions'] }),
  // "a > b": names without ">" (it splits the path).
  fc.record({ path: fc.array(label.filter((l) => !l.includes('>')), { minLength: 1, maxLength: 5 }).map((p) => p.join(' > ')), conversions: fc.nat({ max: 1000 }), nulls: fc.nat({ max: 1000 }) }),
  // Touches with times, all before the conversion (a touch after it is an error: see the mutations).
  fc
    .record({ end: fc.integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2030, 0, 1) }), touches: fc.array(fc.tuple(label, fc.nat({ max: 365 * 86_400_000 })), { minLength: 1, maxLength: 5 }), conversions: fc.nat({ max: 20 }) })
    .map(({ end, touches, conversions }) => ({
      path: touches.map(([channel, before]) => ({ channel, at: new Date(end - before).toISOString() })),
      conversions,
      convertedAt: new Date(end).toISOString(),
    })),
);
export type Journey = { path: string | string[] | Array<{ channel: string }>; conversions: number; nulls?: number; value?: number };

/** A whole document, valid by construction (unknown keys included, and ignored). */
export const document = withExtra(
  fc.record(
    {
      responses: fc.array(withExtra(response), { maxLength: 25 }),
      histograms: fc.array(histogram, { maxLength: 4 }),
      journeys: fc.array(withExtra(journey), { maxLength: 8 }),
    },
    { requiredKeys: [] },
  ),
) as fc.Arbitrary<{ responses?: Response[]; histograms?: Histogram[]; journeys?: Journey[] }>;
export type Doc = { responses?: Response[]; histograms?: Histogram[]; journeys?: Journey[] };

/** Values of a wrong type for any field (JSON-safe). */
const wrongType = fc.constantFrom<unknown>(null, true, [], {}, 'x', [1], { '0': 1 });
const hostileText = fc.constantFrom(...PAYLOADS.map((p) => p.text));

/** A document broken at one known field: `field` is the path the element must name (or a prefix of it). */
export interface Mutated {
  doc: Record<string, unknown>;
  field: string;
  what: string;
}

type Mutation = (doc: Required<Doc>, pick: number, bad: unknown) => Mutated | null;

const at = <T>(list: T[], pick: number) => (list.length ? [pick % list.length, list[pick % list.length]!] as const : null);

const MUTATIONS: Record<string, { bad: fc.Arbitrary<unknown>; apply: Mutation }> = {
  'score off the scale': {
    bad: fc.oneof(fc.constantFrom(-1, 11, 2.5, 1e308, -0.5), fc.integer({ min: 11, max: 1e9 })),
    apply: (doc, pick, bad) => {
      const hit = at(doc.responses, pick);
      if (!hit) return null;
      const [i, r] = hit;
      // 0 and 6+ are off a CSAT (1–5); 0 and 8+ off a CES (1–7); −1 and 11+ off an NPS.
      const score = r.metric === 'nps' ? bad : typeof bad === 'number' && bad >= 0 && bad <= 10 && Number.isInteger(bad) ? 0 : bad;
      r.score = score as number;
      return { doc, field: `responses[${i}].score`, what: `score ${String(score)}` };
    },
  },
  'score of a wrong type': {
    bad: fc.oneof(wrongType, hostileText, fc.constantFrom('9', '10')),
    apply: (doc, pick, bad) => {
      const hit = at(doc.responses, pick);
      if (!hit) return null;
      (hit[1] as Record<string, unknown>).score = bad;
      return { doc, field: `responses[${hit[0]}].score`, what: `score ${JSON.stringify(bad)}` };
    },
  },
  'unknown metric': {
    bad: fc.oneof(fc.constantFrom('NPS', 'promoter', '', 5, null), hostileText),
    apply: (doc, pick, bad) => {
      const hit = at(doc.responses, pick);
      if (!hit) return null;
      (hit[1] as Record<string, unknown>).metric = bad;
      return { doc, field: `responses[${hit[0]}].metric`, what: `metric ${JSON.stringify(bad)}` };
    },
  },
  'empty or non-text label': {
    bad: fc.constantFrom<unknown>('', '   ', '\n\t', 5, {}, [], true),
    apply: (doc, pick, bad) => {
      const hit = at(doc.responses, pick);
      if (!hit) return null;
      const key = (['channel', 'touchpoint', 'stage'] as const)[pick % 3]!;
      (hit[1] as Record<string, unknown>)[key] = bad;
      return { doc, field: `responses[${hit[0]}].${key}`, what: `${key} ${JSON.stringify(bad)}` };
    },
  },
  'missing field': {
    bad: fc.constantFrom('metric', 'score'),
    apply: (doc, pick, bad) => {
      const hit = at(doc.responses, pick);
      if (!hit) return null;
      delete (hit[1] as Record<string, unknown>)[bad as string];
      return { doc, field: `responses[${hit[0]}].${bad as string}`, what: `no ${bad as string}` };
    },
  },
  'an answer that is not an object': {
    bad: fc.oneof(wrongType.filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)), fc.integer()),
    apply: (doc, pick, bad) => {
      const hit = at(doc.responses, pick);
      if (!hit) return null;
      (doc.responses as unknown[])[hit[0]] = bad;
      return { doc, field: `responses[${hit[0]}]`, what: `response ${JSON.stringify(bad)}` };
    },
  },
  'bad count': {
    bad: fc.constantFrom<unknown>(-1, 1.5, '3', null, 1e300, []),
    apply: (doc, pick, bad) => {
      const hit = at(doc.histograms, pick);
      if (!hit) return null;
      const [i, h] = hit;
      const key = String(METRIC_SCALE[h.metric][0]);
      // Replace the whole record so the bad count is its only entry (a record's keys come in insertion order).
      h.counts = { [key]: bad as number };
      return { doc, field: `histograms[${i}].counts.${key}`, what: `count ${JSON.stringify(bad)}` };
    },
  },
  'score key off the scale': {
    bad: fc.constantFrom('11', '12', '99', '-1', 'x', 'NaN', '1.5'),
    apply: (doc, pick, bad) => {
      const hit = at(doc.histograms, pick);
      if (!hit) return null;
      const [i, h] = hit;
      h.counts = { [bad as string]: 1 };
      const field = /^\d+$/.test(bad as string) || /^[A-Za-z_$][\w$]*$/.test(bad as string) ? `histograms[${i}].counts.${bad as string}` : `histograms[${i}].counts[${JSON.stringify(bad)}]`;
      return { doc, field, what: `count key ${JSON.stringify(bad)}` };
    },
  },
  'bad conversions': {
    bad: fc.oneof(fc.constantFrom<unknown>(-1, -0.5, '3', null, [], {}), hostileText),
    apply: (doc, pick, bad) => {
      const hit = at(doc.journeys, pick);
      if (!hit) return null;
      const key = pick % 2 ? 'conversions' : 'nulls';
      (hit[1] as Record<string, unknown>)[key] = bad;
      return { doc, field: `journeys[${hit[0]}].${key}`, what: `${key} ${JSON.stringify(bad)}` };
    },
  },
  'bad path': {
    bad: fc.constantFrom<unknown>([], '', ' > ', 5, null, ['a', ''], [{ at: 'x' }], [{ channel: '' }], {}),
    apply: (doc, pick, bad) => {
      const hit = at(doc.journeys, pick);
      if (!hit) return null;
      (hit[1] as Record<string, unknown>).path = bad;
      return { doc, field: `journeys[${hit[0]}].path`, what: `path ${JSON.stringify(bad)}` };
    },
  },
  'a list of the wrong type': {
    bad: fc.tuple(fc.constantFrom('responses', 'histograms', 'journeys'), fc.constantFrom<unknown>({}, 'x', 5, true)),
    apply: (doc, _pick, bad) => {
      const [key, value] = bad as [string, unknown];
      (doc as Record<string, unknown>)[key] = value;
      return { doc, field: key, what: `${key} ${JSON.stringify(value)}` };
    },
  },
};

/** A valid document with exactly one field broken. */
export const mutated: fc.Arbitrary<Mutated> = fc
  .tuple(
    document.map((d) => ({ responses: d.responses ?? [], histograms: d.histograms ?? [], journeys: d.journeys ?? [], ...d }) as Required<Doc>),
    fc.constantFrom(...Object.keys(MUTATIONS)),
    fc.nat(),
  )
  .chain(([doc, name, pick]) => MUTATIONS[name]!.bad.map((bad) => MUTATIONS[name]!.apply(structuredClone(doc), pick, bad)))
  .filter((m): m is Mutated => m !== null);

/**
 * Valid for the schema, but on scales of their own (`min` / `max`) or with touches after the
 * conversion: an element may be unable to draw them, and must then say so (error state, kpi-error).
 */
export const offScale = fc.record({
  responses: fc.array(
    fc
      .record({ metric: fc.constantFrom(...METRICS), min: fc.integer({ min: 0, max: 9 }), span: fc.integer({ min: 1, max: 10 }), at: fc.nat(), channel: label })
      .map(({ metric, min, span, at, channel }) => {
        const max = Math.min(10, min + span);
        return { metric, min, max, score: min + (at % (max - min + 1)), channel };
      }),
    { minLength: 1, maxLength: 6 },
  ),
  journeys: fc.array(fc.record({ path: fc.array(fc.record({ channel: label, at: iso }), { minLength: 1, maxLength: 3 }), conversions: fc.nat({ max: 5 }), convertedAt: iso }), { maxLength: 3 }),
});

/** Partly arbitrary: the document's keys with any JSON under them. */
export const semiArbitrary = fc.record(
  {
    responses: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.dictionary(fc.constantFrom('metric', 'score', 'channel', 'min', 'max', 'comment'), fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 })),
    histograms: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.record({ metric: fc.constantFrom('nps', 'csat', 'ces', 'x'), counts: fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })) }), { maxLength: 3 })),
    journeys: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.dictionary(fc.constantFrom('path', 'conversions', 'nulls', 'value', 'convertedAt'), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 })),
  },
  { requiredKeys: [] },
);

// --- survey definitions (src/survey/definition.ts) ---

const text = fc.oneof(anyText.filter((t) => t.trim() !== ''), fc.record({ en: anyText, fr: anyText }, { requiredKeys: [] }));
const plainId = fc.stringMatching(/^[A-Za-z][\w-]{0,8}$/);

/** A definition valid by construction: unique plain ids, conditions and comments pointing back only. */
export const definition = fc
  .record({
    id: plainId,
    channel: fc.option(anyText, { nil: undefined }),
    thanks: fc.option(text, { nil: undefined }),
    kinds: fc.array(fc.constantFrom('nps', 'csat', 'ces', 'choice', 'text'), { minLength: 1, maxLength: 5 }),
    ids: fc.uniqueArray(fc.oneof(plainId, fc.constantFrom('toString', 'constructor', 'valueOf')), { minLength: 5, maxLength: 5 }),
    labels: fc.array(text, { minLength: 5, maxLength: 5 }),
    options: fc.array(fc.record({ value: anyText, label: text }), { minLength: 1, maxLength: 4 }),
    flags: fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 10 })), { minLength: 5, maxLength: 5 }),
  })
  .map(({ id, channel, thanks, kinds, ids, labels, options, flags }) => {
    const questions = kinds.map((type, i) => {
      const q: Record<string, unknown> = { id: ids[i], type, label: labels[i] };
      const [required, conditional, cut] = flags[i]!;
      q.required = required;
      if (type === 'choice') q.options = options;
      if (type === 'ces') q.max = cut % 2 ? 5 : 7;
      if (conditional && i > 0) q.showIf = { question: ids[i - 1], lte: cut };
      return q;
    });
    return { id, questions, ...(channel === undefined ? {} : { channel }), ...(thanks === undefined ? {} : { thanks }) };
  });

/** A definition broken at one known field. */
export const badDefinition: fc.Arbitrary<{ def: Record<string, unknown>; field: string }> = fc
  .tuple(definition, fc.nat(), fc.constantFrom('bad id', 'duplicate id', 'unknown type', 'forward showIf', 'ces max', 'no options', 'no questions', 'label type', 'bad survey id'))
  .map(([def, pick, how]) => {
    const d = structuredClone(def) as { id: unknown; questions: Array<Record<string, unknown>> };
    const i = pick % d.questions.length;
    const q = d.questions[i]!;
    const path = `questions[${i}]`;
    switch (how) {
      case 'bad id':
        q.id = `_${String(q.id)}`;
        return { def: d, field: `${path}.id` };
      case 'duplicate id':
        d.questions.push({ id: d.questions[0]!.id, type: 'text' });
        return { def: d, field: `questions[${d.questions.length - 1}].id` };
      case 'unknown type':
        q.type = 'rating';
        delete q.showIf;
        return { def: d, field: `${path}.type` };
      case 'forward showIf':
        q.showIf = { question: 'nowhere-else' };
        return { def: d, field: `${path}.showIf.question` };
      case 'ces max':
        Object.assign(q, { type: 'ces', max: 6 });
        delete q.options;
        return { def: d, field: `${path}.max` };
      case 'no options':
        Object.assign(q, { type: 'choice', options: [] });
        return { def: d, field: `${path}.options` };
      case 'no questions':
        d.questions = [];
        return { def: d, field: 'questions' };
      case 'label type':
        q.label = [1, 2];
        return { def: d, field: `${path}.label` };
      default:
        d.id = 'not an id';
        return { def: d, field: 'id' };
    }
  });
