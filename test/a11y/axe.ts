/**
 * axe-core, run directly (not through chai-a11y-axe) so the WCAG 2.2 rules are
 * really on: with `runOnly` by tag, axe also runs the rules it keeps off by
 * default, such as `target-size` (2.5.8, tag wcag22aa).
 */
import type * as Axe from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Best practices that apply to a component, not to the page around it: the
 * page owns its landmarks, its <h1> and its heading outline (an element's <h2>
 * may sit under any heading), so those rules are off.
 */
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'heading-order'];

export const AXE_OPTIONS: Axe.RunOptions = {
  runOnly: { type: 'tag', values: [...WCAG_TAGS, 'best-practice'] },
  rules: Object.fromEntries(PAGE_RULES.map((r) => [r, { enabled: false }])),
  resultTypes: ['violations', 'incomplete'],
};

let loaded: typeof Axe | undefined;

/** axe-core's browser build registers `window.axe`. */
export async function axe(): Promise<typeof Axe> {
  if (!loaded) {
    // @ts-expect-error -- the browser build has no types of its own (axe-core's are imported above).
    await import('axe-core/axe.min.js');
    loaded = (window as unknown as { axe: typeof Axe }).axe;
  }
  return loaded;
}

/**
 * In forced colours, `color-contrast` is off: Chromium's getComputedStyle keeps
 * `-webkit-text-fill-color` (which axe reads) at the author's colour while the
 * text is painted in the forced one, so both its passes and its failures are
 * wrong there (contrast.ts checks the system colours instead).
 */
export async function runAxe(context: Element, { forced = false } = {}): Promise<Axe.AxeResults> {
  const options = forced ? { ...AXE_OPTIONS, rules: { ...AXE_OPTIONS.rules, 'color-contrast': { enabled: false } } } : AXE_OPTIONS;
  return (await axe()).run(context, options);
}

/** One line per failing node: rule, impact, target (through shadow roots), axe's summary. */
export function describeViolations(results: Axe.Result[]): string {
  return results
    .flatMap((v) => v.nodes.map((n) => `${v.id} [${v.impact}] ${JSON.stringify(n.target)}: ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ')}`))
    .join('\n');
}

/** Why axe could not decide, per rule and reason: `color-contrast: bgOverlap` → node count. */
export function incompleteReasons(results: Axe.Result[]): Map<string, number> {
  const reasons = new Map<string, number>();
  for (const r of results)
    for (const n of r.nodes) {
      const checks = [...n.any, ...n.all, ...n.none];
      const keys = checks.map((c) => (c.data as { messageKey?: string } | null)?.messageKey ?? c.id);
      const key = `${r.id}: ${[...new Set(keys)].join(', ') || 'unknown'}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
  return reasons;
}
