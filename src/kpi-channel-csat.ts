/** Entry point for `<kpi-channel-csat>` alone (`dist/kpi-channel-csat.js`, `omnikpi/channel-csat`). */
import './trusted-types-check.js';
export * from './elements/channel-csat/channel-csat.js';
