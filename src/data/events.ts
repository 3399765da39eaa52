/** Events shared by every element: bubbling, composed, with a typed detail. */
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

export function emit<T>(target: EventTarget, name: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-data': CustomEvent<KpiDataDetail>;
    'kpi-error': CustomEvent<KpiErrorDetail>;
    'kpi-threshold': CustomEvent<KpiThresholdDetail>;
  }
}
