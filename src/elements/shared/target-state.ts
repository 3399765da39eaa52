import type { TargetStatus } from '../../engine/target.js';

/**
 * One symbol per target state, never reused for another meaning: ✓ met,
 * ≈ within the margin of the target (the 95 % interval contains it), ▼ below.
 * The words go beside it; the symbol and the element's pattern (solid,
 * outlined) carry the state without colour.
 */
export const TARGET_SYMBOL: Record<TargetStatus, string> = { met: '✓', 'within-margin': '≈', below: '▼' };
