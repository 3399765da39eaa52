/**
 * Imported first by every entry (src/index.ts, src/kpi-*.ts), so that it runs
 * just before Lit, which creates its Trusted Types policy, `lit-html`, when its
 * module is evaluated. Under a Content-Security-Policy `trusted-types` list
 * without 'allow-duplicates', that name is refused if the page or another copy
 * of Lit (another kit file, an app's own Lit) made it first: `createPolicy`
 * throws, Lit's module fails and the whole entry with it, so the elements are
 * never defined and all the page shows is a TypeError. This watches that one
 * call and, when it throws, says what happened and the fix in one console
 * error (once per page, whatever the number of copies that fail), then lets the
 * error go on as before.
 *
 * The watch ends at the next `createPolicy('lit-html', …)` call, or with the
 * current module evaluation if there is none (this copy's Lit ran already,
 * e.g. shared with the app by a bundler): a module graph is evaluated in one
 * go, so a call in between comes from this copy's Lit.
 */
type Factory = { createPolicy(name: string, rules: object): unknown };

/** The console error for Lit's refused policy; `reason` is the browser's message. */
export const refusedPolicyMessage = (reason: string): string =>
  `omnikpi: elements not defined: Trusted Types refused Lit's "lit-html" policy (${reason}). ` +
  `Fix: add 'allow-duplicates' to the CSP trusted-types directive, or let only one copy of Lit create it.`;

const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
if (factory) {
  const create = factory.createPolicy;
  // Back to the function found (as an own property: a wrapper the page had installed is the one restored).
  const stop = () => (factory.createPolicy = create);
  factory.createPolicy = function (name, rules) {
    if (name === 'lit-html') stop();
    try {
      return create.call(this, name, rules);
    } catch (error) {
      const global = globalThis as Record<symbol, unknown>;
      const reported = Symbol.for('omnikpi.lit-html-refused');
      if (name === 'lit-html' && !global[reported]) console.error(refusedPolicyMessage((global[reported] = error as Error).message));
      throw error;
    }
  };
  queueMicrotask(stop);
}
