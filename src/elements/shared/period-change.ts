/**
 * `compare="previous"`: each figure's change against the previous period, with
 * its significance (DESIGN.md §4 `change`), in words. The trend engine and the
 * sentences (period-change-text.ts) are imported only when an element asks, so a
 * gauge or bars without `compare` load no more than before; until they have
 * loaded (a task), nothing is said.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Interval } from '../../engine/periods.js';
import type { KpiDocument, Metric } from '../../engine/schemas.js';
import type { GroupKey, Where } from '../../engine/tally.js';
import type { Lang } from '../../i18n/strings.js';

export interface ChangeRequest {
  doc: KpiDocument;
  metric: Metric;
  interval: Interval;
  timeZone: string;
  lang: Lang;
  where?: Where;
  by?: GroupKey;
  scale?: number;
  higherIsEasier?: boolean;
}

export class PeriodChangeController {
  #doc: KpiDocument | undefined;
  #key = '';
  #sentences: Map<string, string> | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Each group's sentence (`''`: every answer) when known; asks for them (once per input and options) otherwise. */
  sentences(request: ChangeRequest): Map<string, string> | null {
    const { doc, ...options } = request;
    const key = JSON.stringify(options);
    if (doc !== this.#doc || key !== this.#key) {
      this.#doc = doc;
      this.#key = key;
      this.#sentences = null;
      void this.#load(request, key);
    }
    return this.#sentences;
  }

  async #load(request: ChangeRequest, key: string): Promise<void> {
    let sentences: Map<string, string>;
    try {
      const { describeChanges } = await import('./period-change-text.js');
      sentences = describeChanges(request);
    } catch {
      // The module could not be fetched (offline, a stale cache): the figures stand without their change.
      sentences = new Map();
    }
    if (key !== this.#key || request.doc !== this.#doc) return;
    this.#sentences = sentences;
    this.host.requestUpdate();
  }
}
