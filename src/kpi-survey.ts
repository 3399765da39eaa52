/** Entry point for `<kpi-survey>` alone (`dist/kpi-survey.js`, `omnikpi/survey`). */
export * from './elements/survey/survey.js';
