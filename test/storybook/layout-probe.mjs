/**
 * The layout check's probe, run in the page (Playwright serialises it: it must not
 * use anything from this module's scope). For every `kpi-*` element under `rootSelector`
 * it collects the text a reader sees in its shadow tree (one box per line of HTML
 * text, one per SVG `<text>`) and reports:
 * - **overlap**: two text boxes that cross by more than 2 px across and a quarter of
 *   the smaller one's height (lines of one paragraph touch; words printed over words do not);
 * - **clipped**: text cut by its SVG's viewport, by an ancestor that hides its overflow,
 *   or shortened with an ellipsis ("di…", `text-overflow`), unless the full label is
 *   there as a tooltip (`title`) and for screen readers (an `aria-label`, or a header
 *   cell of the element's data table);
 * - **overflow**: text or an SVG reaching outside the element's box (the host page
 *   would get a horizontal scroll bar or text over its own content).
 * Text inside a scroll container (a wide table that scrolls, with its shadow) is
 * checked against the container, not the host. Hidden text (display, visibility,
 * the visually-hidden pattern, the loading ghost) is not drawn, so not checked.
 * @returns {{ boxes: number, problems: string[] }}
 */
export function layoutProblems(rootSelector) {
  const SLACK = 1;
  const problems = [];
  let boxes = 0;
  const hosts = [...document.querySelectorAll(`${rootSelector} *`)].filter((el) => el.localName.startsWith('kpi-') && el.shadowRoot);
  const short = (text) => JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
  const px = (n) => Math.round(n);

  /** Whether `el` (in a shadow tree) is drawn: not hidden by CSS and not visually-hidden for screen readers. */
  function drawn(el) {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, visibilityProperty: true, opacityProperty: true })) return false;
    for (let a = el; a && a.nodeType === 1; a = a.parentElement ?? a.getRootNode().host) {
      const style = getComputedStyle(a);
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%\)/.test(style.clipPath)) return false;
      const r = a.getBoundingClientRect();
      if (style.overflow !== 'visible' && (r.width <= 1 || r.height <= 1)) return false;
      if (a.localName.startsWith('kpi-')) break;
    }
    return true;
  }

  /** The nearest ancestor of `el` below `host` that clips its content, and whether it scrolls. */
  function clipper(el, host) {
    for (let a = el.parentElement ?? el.getRootNode().host; a && a !== host; a = a.parentElement ?? a.getRootNode().host) {
      if (a instanceof SVGSVGElement) {
        if (getComputedStyle(a).overflow !== 'visible') return { el: a, scrolls: false };
        continue;
      }
      if (a instanceof SVGElement) continue;
      const style = getComputedStyle(a);
      const ox = style.overflowX;
      const oy = style.overflowY;
      if (ox !== 'visible' || oy !== 'visible') return { el: a, scrolls: /auto|scroll/.test(ox) || /auto|scroll/.test(oy) };
    }
    return null;
  }

  /** The text an SVG `<text>` shows: its tooltip (`<title>`) is not drawn. */
  const shownText = (svgText) =>
    [...svgText.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && n.localName !== 'title'))
      .map((n) => n.textContent)
      .join('')
      .trim();
  /**
   * Whether shortened text `el` carries its full label as a tooltip (a `title`
   * attribute, or an SVG `<title>`) and as an accessible name (its own `aria-label`,
   * or one in the same shadow tree that names the same thing, as a focusable node does, or a
   * header cell of the element's data table).
   */
  const labelled = (el) => {
    const tooltip = (el.closest('[title]')?.getAttribute('title') ?? el.querySelector(':scope > title')?.textContent ?? el.parentElement?.querySelector(':scope > title')?.textContent ?? '').trim();
    if (!tooltip) return false;
    if (el.closest('[aria-label]')?.getAttribute('aria-label')?.includes(tooltip)) return true;
    const name = tooltip.split(' · ')[0];
    return [...el.getRootNode().querySelectorAll('[aria-label], th')].some((n) => (n.getAttribute('aria-label') ?? n.textContent).includes(name));
  };

  for (const host of hosts) {
    const hostBox = host.getBoundingClientRect();
    if (hostBox.width === 0) continue;
    const name = host.localName;
    /** @type {Array<{ text: string, el: Element, r: DOMRect }>} */
    const texts = [];
    const seenSvgText = new Set();
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === 1) {
          if (node.shadowRoot) visit(node.shadowRoot);
          continue;
        }
        const text = node.textContent.trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('style, title, desc, script, template, option') || !drawn(parent)) continue;
        if (parent instanceof SVGElement) {
          const svgText = parent.closest('text');
          if (!svgText || seenSvgText.has(svgText)) continue;
          seenSvgText.add(svgText);
          texts.push({ text: shownText(svgText), el: svgText, r: svgText.getBoundingClientRect() });
        } else {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) texts.push({ text, el: parent, r });
        }
      }
    };
    visit(host.shadowRoot);
    boxes += texts.length;

    for (const { text, el, r } of texts) {
      const where = `${name}: ${short(text)}`;
      const clip = clipper(el, host);
      if (clip) {
        const c = clip.el.getBoundingClientRect();
        const outside = r.left < c.left - SLACK || r.right > c.right + SLACK || r.top < c.top - SLACK || r.bottom > c.bottom + SLACK;
        if (outside && !clip.scrolls) problems.push(`clipped ${where} (${px(r.left)}…${px(r.right)} × ${px(r.top)}…${px(r.bottom)} outside its ${clip.el.localName} ${px(c.left)}…${px(c.right)} × ${px(c.top)}…${px(c.bottom)})`);
      }
      const style = el instanceof SVGElement ? null : getComputedStyle(el);
      const ellipsis = /…$/.test(text) || (style?.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + SLACK);
      if (ellipsis && !labelled(el)) problems.push(`clipped ${where} (shortened without a tooltip and an accessible name)`);
      if (!clip?.scrolls && (r.left < hostBox.left - SLACK || r.right > hostBox.right + SLACK)) {
        problems.push(`overflow ${where} (${px(r.left)}…${px(r.right)} outside the element's ${px(hostBox.left)}…${px(hostBox.right)})`);
      }
    }
    for (const svg of host.shadowRoot.querySelectorAll('svg')) {
      if (svg.ownerSVGElement || !drawn(svg) || clipper(svg, host)?.scrolls) continue;
      const r = svg.getBoundingClientRect();
      if (r.left < hostBox.left - SLACK || r.right > hostBox.right + SLACK) problems.push(`overflow ${name}: an svg ${px(r.width)} px wide at ${px(r.left)}…${px(r.right)}, outside the element's ${px(hostBox.left)}…${px(hostBox.right)}`);
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i];
        const b = texts[j];
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > Math.max(2, 0.25 * Math.min(a.r.height, b.r.height))) {
          problems.push(`overlap ${name}: ${short(a.text)} and ${short(b.text)} (${px(w)} × ${px(h)} px)`);
        }
      }
    }
  }
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + SLACK) problems.push(`overflow: the page scrolls sideways (${root.scrollWidth} px in ${root.clientWidth} px)`);
  return { boxes, problems };
}
