/** Entry point for `<kpi-attribution-sankey>` alone (`dist/kpi-attribution-sankey.js`, `omnikpi/attribution-sankey`). */
export * from './elements/attribution-sankey/attribution-sankey.js';
