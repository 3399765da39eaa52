/** Defines `<kpi-comments>` (once: loading the kit twice does not throw). */
import { KpiComments } from './comments.component.js';

export { KpiComments };

if (!customElements.get('kpi-comments')) customElements.define('kpi-comments', KpiComments);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-comments': KpiComments;
  }
}
