/** Entry point for `<kpi-survey>` alone (`dist/kpi-survey.js`, `omnikpi/survey`). */
import './trusted-types-check.js';
export * from './elements/survey/survey.js';
