/** Entry point for `<kpi-attribution-sankey>` alone (`dist/kpi-attribution-sankey.js`, `omnikpi/attribution-sankey`). */
import './trusted-types-check.js';
export * from './elements/attribution-sankey/attribution-sankey.js';
