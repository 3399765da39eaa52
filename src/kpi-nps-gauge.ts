/** Entry point for `<kpi-nps-gauge>` alone (`dist/kpi-nps-gauge.js`, `omnikpi/nps-gauge`). */
import './trusted-types-check.js';
export * from './elements/nps-gauge/nps-gauge.js';
