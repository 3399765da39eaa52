/** Events shared by every element: bubbling, composed, with a typed detail. */
import type { ScoredAnswer, SurveyPayload } from '../survey/payload.js';
import type { KpiProblem } from './problem.js';

export interface KpiDataDetail<T = unknown> {
  /** The validated input now rendered. */
  data: T;
  source: 'data' | 'src';
}

/** The problem, plus the message the element shows, in its language. */
export type KpiErrorDetail = KpiProblem & { message: string };

export interface KpiThresholdDetail {
  /** The group the value belongs to (a channel), for elements showing several. */
  key?: string;
  value: number;
  target: number;
  /** Which side of the target the value is now on ("above" includes equal). */
  side: 'above' | 'below';
  /** The side before, or `null` the first time a value meets a target. */
  previous: 'above' | 'below' | null;
}

/** A survey was answered: the payload as it will be posted, and each scored answer rated. Cancel it to keep the survey from posting to `action` (the page delivers it). */
export interface KpiSurveySubmitDetail extends SurveyPayload {
  /** One per scored question: promoter / passive / detractor, satisfied or not, easy or difficult. */
  scores: ScoredAnswer[];
  /** Whether any scored answer is negative (a detractor, not satisfied, difficult): worth an alert. */
  negative: boolean;
}

/** `action` accepted a response (2xx). */
export interface KpiSurveySentDetail {
  responseId: string;
  survey: string;
  status: number;
  /** Attempts it took, this one included. */
  attempts: number;
}

/** A response is kept in the queue, to be sent again. */
export interface KpiSurveyQueuedDetail {
  responseId: string;
  survey: string;
  /** Why it was not sent: no network, a request that failed or timed out, HTTP 408, 429 or 5xx, or a redirect (not followed). */
  reason: 'offline' | 'network' | 'timeout' | 'http' | 'redirect';
  status?: number;
  attempts: number;
  /** When the next attempt is due (ISO 8601; at least what a `Retry-After` asked); earlier after a network failure if the browser comes back online, or on the next page load. */
  retryAt: string;
  /** Whether a copy is on this device (IndexedDB or `localStorage`); `false`: no storage took it, only this page holds it, and the survey says so. */
  persisted: boolean;
}

/** Returns false if a listener cancelled a `cancelable` event. */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-data': CustomEvent<KpiDataDetail>;
    'kpi-error': CustomEvent<KpiErrorDetail>;
    'kpi-threshold': CustomEvent<KpiThresholdDetail>;
    'kpi-survey-submit': CustomEvent<KpiSurveySubmitDetail>;
    'kpi-survey-sent': CustomEvent<KpiSurveySentDetail>;
    'kpi-survey-queued': CustomEvent<KpiSurveyQueuedDetail>;
  }
}
