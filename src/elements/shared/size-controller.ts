/**
 * The width of an element inside the shadow root (the chart's box), kept current
 * with a ResizeObserver, so layouts are computed in real pixels (crisp text at
 * any size) rather than stretched. Call `observe()` after each render: the box
 * only exists while there is data to draw.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  width: number;
  private observer?: ResizeObserver;
  private target: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Width to lay out for before the first measure, and while the box is hidden. */
    private readonly fallback = 480,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  observe(target: Element | null): void {
    if (target === this.target) return;
    this.observer?.disconnect();
    this.target = target;
    if (!target) return;
    this.observer ??= new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0) || this.fallback;
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.target = null;
  }
}
