/**
 * The width of an element inside the shadow root (the chart's box), kept current
 * with a ResizeObserver, so layouts are computed in real pixels (crisp text at
 * any size) rather than stretched. Call `settle()` after each render: the box
 * only exists while there is data to draw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  width: number;
  #observer?: ResizeObserver;
  #target: Element | null = null;
  #settled = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Width to lay out for before the first measure, and while the box is hidden. */
    private readonly fallback = 480,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  observe(target: Element | null): void {
    if (target === this.#target) return;
    this.#observer?.disconnect();
    this.#target = target;
    if (!target) return;
    this.#observer ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0) || this.fallback;
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.#observer.observe(target);
  }

  /** Whether the box has been measured once (see `settle`). */
  get ready(): boolean {
    return this.#settled;
  }

  /**
   * Call in `updated()` with the box. Until `ready`, an element renders only
   * the empty box; the first time the box is here it is measured (a forced
   * layout) and the real drawing is asked for in a microtask, still before the
   * frame is painted: the chart is drawn once, at its real width, instead of at
   * the fallback width and again when the ResizeObserver reports.
   */
  settle(target: Element | null): void {
    this.observe(target);
    if (this.#settled || !target) return;
    this.#settled = true;
    // A hidden box (width 0) keeps the fallback; the observer reports it when it shows.
    this.width = Math.round(target.getBoundingClientRect().width) || this.width;
    queueMicrotask(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#target = null;
  }
}
