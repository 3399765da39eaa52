/**
 * The one data controller every element uses: it resolves the `data`
 * attribute, the `.data` property and the `src` URL (fetched with @lit/task,
 * re-fetched every `refresh` seconds) to one validated value, with one set of
 * states, and fires `kpi-data` / `kpi-error` once the element has rendered.
 * A failed update keeps the last good value.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { emit, type KpiDataDetail } from './events.js';
import { fetchBody, parseJson, ProblemError, type ReadLarge } from './fetch-json.js';
import { sharedLoad } from './shared-load.js';
import { InvalidJson } from './json-attribute.js';
import { problemFromIssues, type KpiProblem } from './problem.js';

export type DataStatus = 'loading' | 'empty' | 'error' | 'ready';

/** What the controller reads from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | null;
  /** Seconds between re-fetches of `src`; 0 = never. */
  refresh: number;
  /** Seconds before a fetch of `src` is given up. */
  timeout: number;
}

export interface DataControllerOptions<T> {
  schema: z.ZodMiniType<T>;
  /** Whether a valid value has nothing to show ("no answers yet"). */
  isEmpty: (value: T) => boolean;
  /** The localized message for a problem, for the `kpi-error` detail. */
  describe: (problem: KpiProblem) => string;
  /** Reads and validates a large `src` body off the main thread; resolves `undefined` for a small one, which is read here. */
  readLarge?: ReadLarge<T>;
}

export class DataController<T> implements ReactiveController {
  /** The last valid input: kept when a later one fails. */
  value: T | undefined;
  /** The problem with the latest input, if it failed. */
  problem: KpiProblem | undefined;

  #seenData: unknown;
  /** `data` was given as nothing (`null`, or emptied after a value): "no answers", not "waiting". */
  #cleared = false;
  /** Events waiting for the element to render what they announce. */
  #pending: Array<['kpi-data', KpiDataDetail<T>] | ['kpi-error', KpiProblem]> = [];
  #timer: ReturnType<typeof setInterval> | undefined;
  #timerPeriod = 0;
  #interrupted = false;
  readonly #task: Task<readonly [string | null, number], T>;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataControllerOptions<T>,
  ) {
    host.addController(this);
    this.#task = new Task(host, {
      args: () => [host.src, host.timeout] as const,
      task: async ([src, timeout], { signal }) => {
        if (!src) return initialState;
        // Elements on the same src share its request (see sharedLoad); a large body is read off the main thread.
        return sharedLoad(this.options.schema, src, signal, Math.max(0.1, timeout || 10) * 1000, (stop) => {
          const fetched = fetchBody(src, stop);
          const read = async (body: Blob) => (await this.options.readLarge?.(body, src, stop)) ?? this.#validate(await parseJson(body, src), 'src');
          return { fetched, value: fetched.then(read) };
        });
      },
      onComplete: (value) => this.#accept(value, 'src'),
      onError: (error) => {
        // An abort means `src` changed or the element left the page: nothing to report.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        this.#reject(asProblem(error, 'src'));
      },
    });
  }

  get status(): DataStatus {
    if (this.value !== undefined) return this.options.isEmpty(this.value) ? 'empty' : 'ready';
    if (this.problem) return 'error';
    // No value and no problem yet: a fetch is under way (or will be when the element is back on
    // the page), or the input has not come yet (a framework sets `.data` after the element is
    // created, a hydrated page after it is upgraded): waiting, not "no answers yet".
    return this.#cleared && !this.host.src ? 'empty' : 'loading';
  }

  /** Re-fetches `src` now (what a `refresh` tick does). */
  reload(): Promise<void> {
    return this.host.src ? this.#task.run() : Promise.resolve();
  }

  hostConnected(): void {
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.reload();
    }
  }

  hostDisconnected(): void {
    this.#stopTimer();
    if (this.#task.status === TaskStatus.PENDING) {
      this.#interrupted = true;
      this.#task.abort();
    }
  }

  hostUpdate(): void {
    const data = this.host.data;
    if (data !== this.#seenData) {
      this.#cleared = data === null || (data === undefined && this.#seenData !== undefined);
      this.#seenData = data;
      if (data === undefined || data === null) {
        if (!this.host.src) this.value = undefined;
      } else {
        // Even `instanceof` can throw (a revoked Proxy given as .data): inside the try too.
        try {
          if (data instanceof InvalidJson) this.#reject({ source: 'data', field: '', code: 'json', reason: `data is not valid JSON: ${data.reason}` });
          else this.#accept(this.#validate(data, 'data'), 'data');
        } catch (error) {
          this.#reject(asProblem(error, 'data'));
        }
      }
    }
  }

  hostUpdated(): void {
    this.#syncTimer();
    const events = this.#pending;
    this.#pending = [];
    for (const [name, detail] of events) {
      if (name === 'kpi-data') emit(this.host, name, detail);
      else emit(this.host, name, { ...detail, message: this.options.describe(detail) });
    }
  }

  #validate(raw: unknown, source: KpiProblem['source']): T {
    const result = this.options.schema.safeParse(raw);
    if (!result.success) {
      const problem = problemFromIssues(result.error.issues, raw, source);
      throw new ProblemError(source === 'src' ? { ...problem, url: this.host.src ?? undefined } : problem);
    }
    return result.data;
  }

  #accept(value: T, source: KpiDataDetail['source']) {
    this.value = value;
    this.problem = undefined;
    this.#pending.push(['kpi-data', { data: value, source }]);
  }

  #reject(problem: KpiProblem) {
    this.problem = problem;
    // Both paths end in a host update (this one, or the task's own), which announces it.
    this.#pending.push(['kpi-error', problem]);
  }

  #syncTimer() {
    const { src, refresh } = this.host;
    const period = src && this.host.isConnected && refresh > 0 ? refresh * 1000 : 0;
    if (period === this.#timerPeriod) return;
    this.#stopTimer();
    if (period) this.#timer = setInterval(() => void this.reload(), period);
    this.#timerPeriod = period;
  }

  #stopTimer() {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#timerPeriod = 0;
  }
}

/** Any failure as a problem: nothing thrown while reading input reaches the page. */
function asProblem(error: unknown, source: KpiProblem['source']): KpiProblem {
  if (error instanceof ProblemError) return error.problem;
  return { source, field: '', code: 'compute', reason: error instanceof Error ? error.message : String(error) };
}
