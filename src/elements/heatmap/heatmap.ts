/** Defines `<kpi-heatmap>` (once: loading the kit twice does not throw). */
import { KpiHeatmap } from './heatmap.component.js';

export { KpiHeatmap };

if (!customElements.get('kpi-heatmap')) customElements.define('kpi-heatmap', KpiHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-heatmap': KpiHeatmap;
  }
}
