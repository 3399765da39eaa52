/**
 * A survey's definition: its questions, their scales and conditions. Written as
 * JSON (the `definition` attribute or property) or built from the plain
 * attributes of a one-question survey. Validated with zod so a bad definition
 * names its field (`questions[1].showIf.question`).
 */
import * as z from 'zod/mini';
import { formatPath, type KpiProblem, type ProblemCode } from '../data/problem.js';
// Types only from engine/schemas.js: its module-level schemas would all come along (size).
import type { Metric } from '../engine/schemas.js';
import type { Lang } from '../i18n/strings.js';

export const QUESTION_TYPES = ['nps', 'csat', 'ces', 'choice', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

// The schemas use few zod types (object, array, string, number, boolean, unknown):
// each kind adds to the bundle, so ids, types, scales and texts are checked in
// one custom check below, which names the field and the problem (see toProblem).

/** A string in every language, or one per language (`{ "en": …, "fr": … }`; the other language fills a gap). */
export type Text = string | { en?: string; fr?: string };
const TextSchema = z.unknown() as z.ZodMiniType<Text>;
const isText = (t: unknown) => typeof t === 'string' || (!!t && typeof t === 'object' && Object.values(t).every((v) => typeof v === 'string'));

const ConditionSchema = z.object({
  /** An earlier question's id. */
  question: z.string(),
  /** Shown when that answer is at most / at least this score. */
  lte: z.optional(z.number()),
  gte: z.optional(z.number()),
  /** Shown when that answer is one of these (choice values or scores). */
  in: z.optional(z.array(z.unknown() as z.ZodMiniType<string | number>)),
});
export type Condition = z.infer<typeof ConditionSchema>;

const QuestionSchema = z.object({
  /** Letters, digits, `-` and `_`, starting with a letter: it names the answer and the form field. */
  id: z.string(),
  type: z.string() as z.ZodMiniType<QuestionType>,
  /** The question; scored and text questions have a default in both languages ("why?" for text). */
  label: z.optional(TextSchema),
  /** Default: true for nps / csat / ces, false for choice and text. */
  required: z.optional(z.boolean()),
  /** CES only: the top of the 1…max scale, 5 or 7 (default 7). */
  max: z.optional(z.number()),
  /** CES only: whether a high score means easy (default true). */
  higherIsEasier: z.optional(z.boolean()),
  /** Words under the two ends of a scale (defaults per metric). */
  minLabel: z.optional(TextSchema),
  maxLabel: z.optional(TextSchema),
  /** Choice only: one answer among these. */
  options: z.optional(z.array(z.object({ value: z.string(), label: TextSchema }))),
  /** Text only: the scored question this answer is the `comment` of (default: the one it depends on, else the nearest before it). */
  commentFor: z.optional(z.string()),
  showIf: z.optional(ConditionSchema),
});
export type Question = z.infer<typeof QuestionSchema>;

const ID = /^[A-Za-z][\w-]*$/;

export const DefinitionSchema = z
  .object({
    /** Names the survey in payloads, `once` memory and sampling. */
    id: z.string(),
    channel: z.optional(z.string()),
    touchpoint: z.optional(z.string()),
    stage: z.optional(z.string()),
    questions: z.array(QuestionSchema),
    thanks: z.optional(TextSchema),
  })
  .check((ctx) => {
    const issue = (path: PropertyKey[], message: string, code: ProblemCode, expected?: string) =>
      ctx.issues.push({ code: 'custom', input: ctx.value, path, message, params: { code, expected }, continue: true });
    const { id, questions, thanks } = ctx.value;
    const text = (path: PropertyKey[], t: unknown) => t === undefined || isText(t) || issue(path, 'not text', 'type', 'string');
    text(['thanks'], thanks);
    if (questions.length === 0) issue(['questions'], 'no question', 'required');
    const seen = new Map<string, Question>();
    questions.forEach((q, i) => {
      const at = (...path: PropertyKey[]) => ['questions', i, ...path];
      if (!ID.test(q.id)) issue(at('id'), 'not a plain id', 'format');
      for (const key of ['label', 'minLabel', 'maxLabel'] as const) text(at(key), q[key]);
      q.options?.forEach((o, j) => text(at('options', j, 'label'), o.label));
      if (seen.has(q.id)) issue(at('id'), `duplicate id "${q.id}"`, 'duplicate');
      if (!QUESTION_TYPES.includes(q.type)) issue(at('type'), 'unknown type', 'value', QUESTION_TYPES.join(', '));
      if (q.type === 'ces' && q.max !== undefined && q.max !== 5 && q.max !== 7) issue(at('max'), 'CES runs 1–5 or 1–7', 'value', '5, 7');
      if (q.type === 'choice' && !q.options?.length) issue(at('options'), 'a choice question needs options', 'required');
      if (q.type === 'choice' && !q.label) issue(at('label'), 'a choice question needs a label', 'required');
      // A condition looks back only: the flow never depends on an answer not given yet.
      if (q.showIf && !seen.has(q.showIf.question)) issue(at('showIf', 'question'), `no earlier question "${q.showIf.question}"`, 'reference');
      // Compared as text with the answer: an object could throw when made text (one without a prototype).
      q.showIf?.in?.forEach((w, k) => w === Object(w) && issue(at('showIf', 'in', k), 'not text', 'type', 'string'));
      const target = q.commentFor === undefined ? undefined : seen.get(q.commentFor);
      if (q.commentFor !== undefined && !(target && isScored(target))) issue(at('commentFor'), `no earlier scored question "${q.commentFor}"`, 'reference');
      seen.set(q.id, q);
    });
    // After the questions: an id made from a bad `metric` attribute must not hide it.
    if (!ID.test(id)) issue(['id'], 'not a plain id', 'format');
  });
export type Definition = z.infer<typeof DefinitionSchema>;

export type ScoredQuestion = Question & { type: Metric };
export const isScored = (q: Question): q is ScoredQuestion => q.type === 'nps' || q.type === 'csat' || q.type === 'ces';

/** The answer scale of a scored question: 0–10, 1–5, 1–5 or 1–7. */
export function scaleOf(q: ScoredQuestion): { min: number; max: number } {
  if (q.type === 'nps') return { min: 0, max: 10 };
  return { min: 1, max: q.type === 'ces' ? (q.max ?? 7) : 5 };
}

export const isRequired = (q: Question): boolean => q.required ?? isScored(q);

export type Answer = number | string;
export type Answers = Record<string, Answer>;

/** The answer to a question, if given. Own keys only: a question may be called `toString` or `constructor`. */
export const answerOf = (answers: Answers, id: string): Answer | undefined => (Object.hasOwn(answers, id) ? answers[id] : undefined);

/** Whether a question is asked, given the answers so far (a hidden question's answer does not count). */
export function isVisible(def: Definition, q: Question, answers: Answers): boolean {
  const c = q.showIf;
  if (!c) return true;
  const source = def.questions.find((p) => p.id === c.question);
  const answer = answerOf(answers, c.question);
  if (!source || answer === undefined || !isVisible(def, source, answers)) return false;
  if (c.lte !== undefined && !(typeof answer === 'number' && answer <= c.lte)) return false;
  if (c.gte !== undefined && !(typeof answer === 'number' && answer >= c.gte)) return false;
  return !c.in || c.in.some((w) => String(w) === String(answer));
}

/** A text in one language: the other language, then the fallback, fill a gap. */
export function textIn(text: Text | undefined, lang: Lang, fallback = ''): string {
  if (text === undefined) return fallback;
  if (typeof text === 'string') return text;
  return text[lang] || text[lang === 'fr' ? 'en' : 'fr'] || fallback;
}

/** The plain attributes of a one-question survey (`<kpi-survey metric="ces" scale="5" lower-is-easier comment="negative">`). */
export interface SurveyAttributes {
  metric: string | null;
  question: string | null;
  scale: number | null;
  lowerIsEasier: boolean;
  /** Adds an optional "why?" text question: `always`, or `negative` (only after a negative score). */
  comment: string | null;
  surveyId: string | null;
  channel: string | null;
  touchpoint: string | null;
}

/** The definition the attributes stand for (validated like any other, so `metric="npx"` is named). */
export function fromAttributes(a: SurveyAttributes): unknown {
  const metric = a.metric ?? 'nps';
  const scored: Record<string, unknown> = { id: 'score', type: metric };
  if (a.question) scored.label = a.question;
  if (metric === 'ces') {
    if (a.scale !== null) scored.max = a.scale;
    if (a.lowerIsEasier) scored.higherIsEasier = false;
  }
  const questions: unknown[] = [scored];
  if (a.comment !== null) {
    questions.push({ id: 'comment', type: 'text', ...(a.comment === 'negative' ? { showIf: negativeCondition(metric, a.scale, a.lowerIsEasier) } : {}) });
  }
  const id = a.surveyId ?? [metric, a.channel, a.touchpoint].filter(Boolean).join('-').replace(/[^\w-]/g, '_');
  return { id, questions };
}

/** Scores that make a "why?" follow-up worth asking: NPS detractors, unsatisfied CSAT, difficult CES. */
function negativeCondition(metric: string, scale: number | null, lowerIsEasier: boolean): Condition {
  if (metric === 'csat') return { question: 'score', lte: 3 };
  if (metric === 'ces') {
    const max = scale ?? 7;
    const mid = (1 + max) / 2;
    return lowerIsEasier ? { question: 'score', gte: Math.floor(mid) + 1 } : { question: 'score', lte: Math.ceil(mid) - 1 };
  }
  return { question: 'score', lte: 6 };
}

export type Parsed = { ok: true; definition: Definition } | { ok: false; problem: KpiProblem };

export function parseDefinition(input: unknown): Parsed {
  const r = DefinitionSchema.safeParse(input);
  return r.success ? { ok: true, definition: r.data } : { ok: false, problem: toProblem(r.error.issues[0]!, input) };
}

/**
 * The first issue as a problem naming its field (`questions[1].showIf.question`).
 * Leaner than the data displays' `problemFromIssues` (bundle size): this schema
 * only yields our own checks' issues, which carry their code, or zod's "missing"
 * and "wrong type".
 */
function toProblem(issue: z.core.$ZodIssue, input: unknown): KpiProblem {
  const field = formatPath(issue.path);
  const reason = `${field || 'definition'}: ${issue.message}`;
  const own = (issue as { params?: { code?: ProblemCode; expected?: string } }).params;
  if (own?.code) return { source: 'definition', field, code: own.code, expected: own.expected, reason };
  let value = input;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  const expected = (issue as { expected?: string }).expected;
  return value === undefined ? { source: 'definition', field, code: 'required', reason } : { source: 'definition', field, code: 'type', expected, reason };
}
