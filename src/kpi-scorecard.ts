/** Entry point for `<kpi-scorecard>` alone (`dist/kpi-scorecard.js`, `omnikpi/scorecard`). */
import './trusted-types-check.js';
export * from './elements/scorecard/scorecard.js';
