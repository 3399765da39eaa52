/**
 * What the leak test measures: live timers, counted in the page by wrapping
 * the timer globals, and what the page holds after garbage collection, read
 * through the DevTools protocol (the `heap` command in web-test-runner.config.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface HeapFigures {
  /** Bytes used in the V8 heap after full collections. */
  heap: number;
  /** Bytes used in Blink's own garbage-collected heap (reported, not asserted: see the test). */
  embedderHeap: number;
  /** Live DOM nodes in the renderer, attached or not. */
  nodes: number;
  documents: number;
  /** Live listeners with a JavaScript handler, on any target. */
  jsEventListeners: number;
  windowListeners: number;
  documentListeners: number;
}

export interface Figures extends HeapFigures {
  /** setTimeout not yet fired or cleared, plus setInterval not cleared. */
  timers: number;
}

const live = new Set<number>();
/** Off while the test harness talks to the server (its requests keep a 20 s timer each). */
let recording = true;
const original = { setTimeout: window.setTimeout, setInterval: window.setInterval, clearTimeout: window.clearTimeout, clearInterval: window.clearInterval };
const call = {
  setTimeout: original.setTimeout.bind(window),
  setInterval: original.setInterval.bind(window),
  clearTimeout: original.clearTimeout.bind(window),
};

/**
 * Counts the timers made from now on (code reads the globals when it calls
 * them, so elements already defined are counted too).
 */
export function trackTimers(): void {
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return call.setTimeout(handler, ms, ...args);
    const id = call.setTimeout(
      (...a: unknown[]) => {
        live.delete(id);
        (handler as (...a: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    if (recording) live.add(id);
    return id;
  }) as typeof setTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = call.setInterval(handler, ms, ...args);
    if (recording) live.add(id);
    return id;
  }) as typeof setInterval;
  // Either one clears either kind, in browsers.
  window.clearTimeout = window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    call.clearTimeout(id);
  }) as typeof clearTimeout;
}

export function untrackTimers(): void {
  Object.assign(window, original);
  live.clear();
}

export async function measure(): Promise<Figures> {
  const timers = live.size;
  // The page's resource timing buffer keeps up to 250 fetches by design: not ours to count.
  performance.clearResourceTimings();
  recording = false;
  try {
    return { ...(await executeServerCommand<HeapFigures, undefined>('heap')), timers };
  } finally {
    recording = true;
  }
}
