/**
 * Answers → the payload posted to `action`: one DESIGN.md §3 `responses` item
 * per scored question (each with its own `id` and the shared `responseId`), so
 * `<kpi-nps-gauge data=…>` reads it as is, plus every answer under `answers`.
 * Also the scoring a host page acts on (promoter / detractor, satisfied or not).
 */
import type { Metric } from '../engine/schemas.js';
import type { Lang } from '../i18n/strings.js';
import { answerOf, isScored, isVisible, scaleOf, type Answers, type Definition, type Question } from './definition.js';

/** One scored answer, valid against `ResponseSchema`; `survey` and `question` are extra keys readers ignore. */
export interface SurveyResponse {
  id: string;
  responseId: string;
  survey: string;
  question: string;
  metric: Metric;
  score: number;
  min: number;
  max: number;
  higherIsEasier?: boolean;
  channel?: string;
  touchpoint?: string;
  stage?: string;
  at: string;
  comment?: string;
}

/** The body POSTed to `action`; `responseId` is also the `Idempotency-Key` header. */
export interface SurveyPayload {
  responseId: string;
  survey: string;
  at: string;
  lang: Lang;
  responses: SurveyResponse[];
  /** Every answer given to a question that was shown, by question id (choice and text included). */
  answers: Answers;
}

export type Rating = 'promoter' | 'passive' | 'detractor' | 'satisfied' | 'not-satisfied' | 'easy' | 'neutral' | 'difficult';

export interface ScoredAnswer {
  question: string;
  metric: Metric;
  score: number;
  min: number;
  max: number;
  rating: Rating;
  /** Detractor, not satisfied, or difficult: worth acting on at once. */
  negative: boolean;
}

/**
 * The engine's cut-offs: NPS 9–10 / 7–8 / 0–6; CSAT satisfied from `max − 1`
 * (top two boxes); CES easy when strictly past the midpoint on the easy side.
 */
export function rate(metric: Metric, score: number, max: number, higherIsEasier = true): Pick<ScoredAnswer, 'rating' | 'negative'> {
  if (metric === 'nps') {
    const rating = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
    return { rating, negative: rating === 'detractor' };
  }
  if (metric === 'csat') {
    const satisfied = score >= max - 1;
    return { rating: satisfied ? 'satisfied' : 'not-satisfied', negative: !satisfied };
  }
  const side = (score - (1 + max) / 2) * (higherIsEasier ? 1 : -1);
  const rating = side > 0 ? 'easy' : side < 0 ? 'difficult' : 'neutral';
  return { rating, negative: rating === 'difficult' };
}

export function scoreAnswers(responses: readonly SurveyResponse[]): ScoredAnswer[] {
  return responses.map((r) => ({ question: r.question, metric: r.metric, score: r.score, min: r.min, max: r.max, ...rate(r.metric, r.score, r.max, r.higherIsEasier) }));
}

export interface PayloadContext {
  responseId: string;
  at: string;
  lang: Lang;
  channel?: string | null;
  touchpoint?: string | null;
  stage?: string | null;
  /** Makes each item's id. */
  uuid: () => string;
}

/** The scored question a text answer comments on: `commentFor`, else the one it depends on, else the nearest before it. */
function commentTarget(def: Definition, index: number): Question | undefined {
  const q = def.questions[index]!;
  const byId = (id: string | undefined) => def.questions.find((p) => p.id === id && isScored(p));
  return byId(q.commentFor) ?? byId(q.showIf?.question) ?? def.questions.slice(0, index).reverse().find(isScored);
}

export function buildPayload(def: Definition, given: Answers, ctx: PayloadContext): SurveyPayload {
  const answers: Answers = {};
  const comments = new Map<string, string[]>();
  def.questions.forEach((q, i) => {
    let a = answerOf(given, q.id);
    if (typeof a === 'string') a = a.trim();
    if (a === undefined || a === '' || !isVisible(def, q, given)) return;
    answers[q.id] = a;
    const target = q.type === 'text' ? commentTarget(def, i) : undefined;
    if (target) comments.set(target.id, [...(comments.get(target.id) ?? []), a as string]);
  });
  // Empty labels are invalid in §3, so missing context is left out rather than sent as "".
  const context: Partial<SurveyResponse> = {};
  for (const key of ['channel', 'touchpoint', 'stage'] as const) {
    const value = (ctx[key] ?? def[key])?.trim();
    if (value) context[key] = value;
  }
  const responses: SurveyResponse[] = [];
  for (const q of def.questions) {
    const score = answers[q.id];
    if (!isScored(q) || typeof score !== 'number') continue;
    const comment = comments.get(q.id);
    responses.push({
      id: ctx.uuid(),
      responseId: ctx.responseId,
      survey: def.id,
      question: q.id,
      metric: q.type,
      score,
      ...scaleOf(q),
      ...(q.type === 'ces' ? { higherIsEasier: q.higherIsEasier ?? true } : {}),
      ...context,
      at: ctx.at,
      ...(comment ? { comment: comment.join('\n\n') } : {}),
    });
  }
  return { responseId: ctx.responseId, survey: def.id, at: ctx.at, lang: ctx.lang, responses, answers };
}

/** A v4 UUID. `crypto.randomUUID` exists only on https (intranets are often plain http); elsewhere a blob URL ends with one. */
export function uuid(): string {
  return isSecureContext ? crypto.randomUUID() : blobUuid();
}

export function blobUuid(): string {
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}
