/** Defines `<kpi-survey>` (once: loading the kit twice does not throw). */
import { KpiSurvey } from './survey.component.js';

export { KpiSurvey };

if (!customElements.get('kpi-survey')) customElements.define('kpi-survey', KpiSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-survey': KpiSurvey;
  }
}
