/**
 * dist/omnikpi.js, the loader of one-script-tag pages. It defines nothing
 * itself: it finds the `kpi-*` tags not yet defined in the document (and in the
 * shadow roots it is shown, `discover(root)`), and imports those elements'
 * modules (dist/<tag>.js, beside it), which bring their shared chunks; a
 * MutationObserver catches tags added later. When the document's first pass is
 * done (every module found loaded, or failed), `kpi-discovery-complete` is
 * fired on `document` and the `ready` promise resolves, for pages that hide
 * undefined elements until then.
 *
 * Modules are imported from URLs (no inline script, no `eval`), so it works
 * under `default-src 'self'`; `import()` is no Trusted Types sink.
 */

/** The tags with a module beside the loader (scripts/entries.mjs `elements`; a test checks the two agree). */
export const KNOWN_TAGS = ['kpi-nps-gauge', 'kpi-channel-csat', 'kpi-attribution-sankey', 'kpi-survey', 'kpi-trend', 'kpi-scorecard', 'kpi-heatmap', 'kpi-comments'] as const;

export interface KpiDiscoveryCompleteDetail {
  /** The tags whose module was imported in this pass. */
  loaded: string[];
  /** The tags whose module could not be imported (a console error says why). */
  failed: string[];
}

const known = new Set<string>(KNOWN_TAGS);
// Held in a variable: `new URL(template, import.meta.url)` would be rewritten by Vite into a build-time glob.
const here = import.meta.url;
const imports = new Map<string, Promise<boolean>>();
const warned = new Set<string>();

function importModule(tag: string): Promise<boolean> {
  let pending = imports.get(tag);
  if (!pending) {
    const url = new URL(`./${tag}.js`, here).href;
    pending = import(/* @vite-ignore */ url).then(
      () => true,
      (error: unknown) => {
        console.error(`omnikpi: <${tag}> could not be loaded from ${url}:`, error);
        return false;
      },
    );
    imports.set(tag, pending);
  }
  return pending;
}

/** The undefined `kpi-*` tags at and under `root` (not inside shadow roots: they are not searched). */
function undefinedTags(root: ParentNode): Set<string> {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName.startsWith('kpi-') && !customElements.get(root.localName)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) if (element.localName.startsWith('kpi-')) tags.add(element.localName);
  return tags;
}

/**
 * Imports the modules of the undefined `kpi-*` elements at and under `root`
 * (a document, a shadow root, an element). A tag the kit does not know is
 * ignored with one console warning, never a failing request. Resolves when
 * they are loaded or have failed (never rejects).
 */
export async function discover(root: ParentNode = document): Promise<KpiDiscoveryCompleteDetail> {
  const loaded: string[] = [];
  const failed: string[] = [];
  const tags = [...undefinedTags(root)].filter((tag) => {
    if (known.has(tag)) return true;
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`omnikpi: <${tag}> is not an omnikpi element (known: ${KNOWN_TAGS.join(', ')}); it is left alone.`);
    }
    return false;
  });
  await Promise.all(tags.map(async (tag) => ((await importModule(tag)) ? loaded : failed).push(tag)));
  return { loaded, failed };
}

function watch(): void {
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

async function start(): Promise<KpiDiscoveryCompleteDetail> {
  // A module script runs once the document is parsed, unless loaded `async`: then wait for the rest of it.
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  watch();
  const detail = await discover(document);
  document.dispatchEvent(new CustomEvent<KpiDiscoveryCompleteDetail>('kpi-discovery-complete', { detail }));
  return detail;
}

/** Resolves after the document's first pass, with what it loaded (the detail of `kpi-discovery-complete`). */
export const ready: Promise<KpiDiscoveryCompleteDetail> = start();
