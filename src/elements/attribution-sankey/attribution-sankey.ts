/** Defines `<kpi-attribution-sankey>` (once: loading the kit twice does not throw). */
import { KpiAttributionSankey } from './attribution-sankey.component.js';

export { KpiAttributionSankey };

if (!customElements.get('kpi-attribution-sankey')) customElements.define('kpi-attribution-sankey', KpiAttributionSankey);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-attribution-sankey': KpiAttributionSankey;
  }
}
