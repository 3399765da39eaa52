/**
 * Puts the element in the colour scheme of the page it is on (resolveScheme):
 * sets the `dark` custom state (`:host(:state(dark))` in the theme) on its
 * ElementInternals. The page's `color-scheme` is read on the element's parent
 * (the element sets its own); it is read again when `theme` changes, when the
 * OS preference changes, and when the root or body element's attributes change
 * (where a page's theme switch puts its class or style): one observer and one
 * media listener for every element, gone with the last one.
 * Elements connected in one task read it together, in a microtask (before any
 * frame): one style recalculation for fifty new elements instead of fifty.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveScheme } from '../../theme/scheme.js';

interface SchemeHost extends ReactiveControllerHost, HTMLElement {
  theme: string | undefined | null;
}

const controllers = new Set<SchemeController>();
let watching: { observer: MutationObserver; media: MediaQueryList; onChange: () => void } | undefined;

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

const pending = new Set<SchemeController>();
function refreshSoon(controller: SchemeController): void {
  if (pending.size === 0) {
    queueMicrotask(() => {
      for (const c of pending) c.refresh();
      pending.clear();
    });
  }
  pending.add(controller);
}

function startWatching(): void {
  const observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', refreshAll);
  watching = { observer, media, onChange: refreshAll };
}

function stopWatching(): void {
  watching?.observer.disconnect();
  watching?.media.removeEventListener('change', watching.onChange);
  watching = undefined;
}

export class SchemeController implements ReactiveController {
  #theme: string | undefined | null;

  constructor(
    private readonly host: SchemeHost,
    private readonly internals: ElementInternals,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    if (!watching) startWatching();
    refreshSoon(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    pending.delete(this);
    if (controllers.size === 0) stopWatching();
  }

  hostUpdate(): void {
    if (this.host.theme !== this.#theme) this.refresh();
  }

  /** Whether the element draws dark now. */
  get dark(): boolean {
    return this.internals.states?.has('dark') ?? false;
  }

  refresh(): void {
    this.#theme = this.host.theme;
    const parent = this.host.parentElement ?? ((this.host.getRootNode() as ShadowRoot).host as Element | undefined);
    const hostScheme = parent ? getComputedStyle(parent).colorScheme : '';
    const dark = resolveScheme(this.host.theme, hostScheme, watching?.media.matches ?? false) === 'dark';
    // Browsers without custom states keep the CSS fallback: theme attribute, then the OS (theme/core.ts).
    const states = this.internals.states;
    if (!states) return;
    if (dark) states.add('dark');
    else states.delete('dark');
  }
}
