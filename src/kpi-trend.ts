/** Entry point for `<kpi-trend>` alone (`dist/kpi-trend.js`, `omnikpi/trend`). */
import './trusted-types-check.js';
export * from './elements/trend/trend.js';
