/** Entry point for `<kpi-comments>` alone (`dist/kpi-comments.js`, `omnikpi/comments`). */
import './trusted-types-check.js';
export * from './elements/comments/comments.js';
