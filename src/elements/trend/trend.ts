/** Defines `<kpi-trend>` (once: loading the kit twice does not throw). */
import { KpiTrend } from './trend.component.js';

export { KpiTrend };

if (!customElements.get('kpi-trend')) customElements.define('kpi-trend', KpiTrend);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-trend': KpiTrend;
  }
}
