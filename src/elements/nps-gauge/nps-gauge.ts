/** Defines `<kpi-nps-gauge>` (once: loading the kit twice does not throw). */
import { KpiNpsGauge } from './nps-gauge.component.js';

export { KpiNpsGauge };

if (!customElements.get('kpi-nps-gauge')) customElements.define('kpi-nps-gauge', KpiNpsGauge);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-nps-gauge': KpiNpsGauge;
  }
}
