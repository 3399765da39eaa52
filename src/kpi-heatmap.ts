/** Entry point for `<kpi-heatmap>` alone (`dist/kpi-heatmap.js`, `omnikpi/heatmap`). */
import './trusted-types-check.js';
export * from './elements/heatmap/heatmap.js';
