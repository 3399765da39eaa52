/** Entry point for `<kpi-nps-gauge>` alone (`dist/kpi-nps-gauge.js`, `omnikpi/nps-gauge`). */
export * from './elements/nps-gauge/nps-gauge.js';
