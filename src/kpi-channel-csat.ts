/** Entry point for `<kpi-channel-csat>` alone (`dist/kpi-channel-csat.js`, `omnikpi/channel-csat`). */
export * from './elements/channel-csat/channel-csat.js';
