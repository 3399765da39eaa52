/**
 * The language an element speaks (DESIGN.md §2): its own `lang`, else the
 * nearest ancestor's, else the document's; followed when any of them changes.
 * Shared by KpiElement and elements that are not data displays (<kpi-survey>).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLangChange, resolveLang, toLang } from '../../i18n/lang.js';
import type { Lang } from '../../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

export class LangController implements ReactiveController {
  /** The language in use. */
  locale: Lang = 'en';
  #stop?: () => void;
  /** The `lang` property last resolved, to re-resolve only when it changes. */
  #seen: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = onLangChange(() => this.#sync());
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop?.();
  }

  // Before render: a new `lang` property has not been reflected to the attribute yet.
  hostUpdate(): void {
    if (this.host.lang !== this.#seen) this.#sync();
  }

  #sync(): void {
    const own = this.host.lang;
    this.#seen = own;
    const locale = own ? toLang(own) : resolveLang(this.host);
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }
}
