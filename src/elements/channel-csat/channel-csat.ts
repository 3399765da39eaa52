/** Defines `<kpi-channel-csat>` (once: loading the kit twice does not throw). */
import { KpiChannelCsat } from './channel-csat.component.js';

export { KpiChannelCsat };

if (!customElements.get('kpi-channel-csat')) customElements.define('kpi-channel-csat', KpiChannelCsat);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-channel-csat': KpiChannelCsat;
  }
}
