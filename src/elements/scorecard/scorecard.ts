/** Defines `<kpi-scorecard>` (once: loading the kit twice does not throw). */
import { KpiScorecard } from './scorecard.component.js';

export { KpiScorecard };

if (!customElements.get('kpi-scorecard')) customElements.define('kpi-scorecard', KpiScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-scorecard': KpiScorecard;
  }
}
