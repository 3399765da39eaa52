/**
 * Text contrast where axe-core cannot tell (it reports SVG text inside a chart
 * as "incomplete": imgNode, bgOverlap; one-character scores: shortTextContent),
 * and in forced colours, where its figures are wrong in Chromium: it reads
 * `-webkit-text-fill-color`, which getComputedStyle leaves at the author's
 * colour while the text is painted in CanvasText.
 *
 * Every visible text of a shadow root is checked against the background it is
 * painted on: the tooltip's box for tooltip text, else the nearest opaque
 * background up the tree (the card). Colours are the computed ones (`fill` for
 * SVG text), dimmed by the opacities on the way up.
 * - Normal colours: the WCAG 2 ratio, at least 4.5:1 (3:1 for large text).
 * - Forced colours: text and background must be a system colour pair the user
 *   chose (CanvasText on Canvas, HighlightText on Highlight…): SVG `fill` is not
 *   forced by the browser, so a chart must set it.
 */

type RGBA = [number, number, number, number];

export function parseColor(value: string): RGBA | null {
  const m = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (!m) return null;
  const [r, g, b, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r!, g!, b!, a];
}

/** Relative luminance, WCAG 2.x. */
export function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** `top` with alpha `alpha` painted over the opaque `bottom`. */
export function over(top: RGBA, alpha: number, bottom: RGBA): RGBA {
  return [0, 1, 2].map((i) => top[i]! * alpha + bottom[i]! * (1 - alpha)).concat(1) as RGBA;
}

/** System colours as this page resolves them now (they follow forced colours and the OS scheme). */
const PAIRS: Array<[text: string[], background: string]> = [
  [['CanvasText', 'LinkText', 'VisitedText', 'ActiveText'], 'Canvas'],
  [['HighlightText'], 'Highlight'],
  [['ButtonText'], 'ButtonFace'],
  [['FieldText'], 'Field'],
  [['MarkText'], 'Mark'],
  [['SelectedItemText'], 'SelectedItem'],
];

function resolve(name: string): RGBA {
  const probe = document.createElement('span');
  probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
  document.body.append(probe);
  const value = parseColor(getComputedStyle(probe).color)!;
  probe.remove();
  return value;
}

const key = (c: RGBA) => `rgba(${c.map((v) => Math.round(v * 100) / 100).join(', ')})`;

/** The elements with text of their own, as painted (not in a visually hidden block, not an SVG <title>, not a <select>'s options). */
function texts(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((e) => {
    if (!['title', 'option', 'style', 'script'].every((n) => e.localName !== n)) return false;
    if (![...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) return false;
    if (e.closest('.visually-hidden')) return false;
    const box = e.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && getComputedStyle(e).visibility !== 'hidden';
  });
}

/** The opacity an element is painted with (its own and its ancestors' in the shadow tree). */
function opacityOf(e: Element): number {
  let alpha = 1;
  for (let n: Element | null = e; n; n = n.parentElement) alpha *= Number(getComputedStyle(n).opacity);
  return alpha;
}

/**
 * The background a text is painted on: the tooltip's box for tooltip text, else
 * the backgrounds up the tree (through the host) until an opaque one. `own` is
 * the nearest that is not transparent, as the page sees it (a system colour can
 * be translucent: Chromium's Highlight is).
 */
function backgroundOf(e: Element): { own: RGBA; seen: RGBA } {
  const tip = e.closest('.tooltip')?.querySelector('rect');
  const layers: RGBA[] = tip ? [parseColor(getComputedStyle(tip).fill)!] : [];
  for (let n: Element | null = e; n && !(layers.at(-1)?.[3] === 1); n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    if (tip || (n instanceof SVGElement && n.localName !== 'svg')) continue;
    const bg = parseColor(getComputedStyle(n).backgroundColor);
    if (bg && bg[3] > 0) layers.push(bg);
  }
  let seen: RGBA = [255, 255, 255, 1];
  for (const layer of layers.reverse()) seen = over(layer, layer[3], seen);
  return { own: layers.at(-1) ?? seen, seen };
}

function largeText(style: CSSStyleDeclaration): boolean {
  const px = parseFloat(style.fontSize);
  return px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
}

const where = (e: Element) => `${e.localName}${e.getAttribute('class') ? '.' + e.getAttribute('class')!.trim().split(/\s+/).join('.') : ''} "${e.textContent!.trim().slice(0, 40)}"`;

/** What fails: one line per text, with its colours (empty when all pass). */
export function textContrastProblems(host: Element, forced: boolean): string[] {
  const root = host.shadowRoot!;
  const problems: string[] = [];
  const pairs = forced ? PAIRS.map(([t, b]) => [new Set(t.map((n) => key(resolve(n)))), key(resolve(b))] as const) : [];
  for (const e of texts(root)) {
    const style = getComputedStyle(e);
    const paint = parseColor(e instanceof SVGElement ? style.fill : style.color);
    if (!paint) {
      problems.push(`${where(e)}: paint ${style.fill}`);
      continue;
    }
    const bg = backgroundOf(e);
    if (forced) {
      // A system pair, painted whole (dimming would break the pair).
      const ok = pairs.some(([text, back]) => text.has(key(paint)) && back === key(bg.own)) && opacityOf(e) === 1;
      if (!ok) problems.push(`${where(e)}: ${key(paint)} on ${key(bg.own)}, not a system colour pair`);
      continue;
    }
    const alpha = paint[3] * opacityOf(e) * (e instanceof SVGElement ? Number(style.fillOpacity) : 1);
    const seen = over(paint, alpha, bg.seen);
    const ratio = contrast(seen, bg.seen);
    const needed = largeText(style) ? 3 : 4.5;
    if (ratio < needed) problems.push(`${where(e)}: ${ratio.toFixed(2)}:1 < ${needed}:1 (${key(seen)} on ${key(bg.seen)})`);
  }
  return problems;
}
