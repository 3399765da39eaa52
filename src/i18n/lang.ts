/**
 * `lang` resolution (DESIGN.md §2): the element's own `lang`, else the nearest
 * ancestor's (across shadow roots), else the document's; `fr…` is French, anything else English.
 */
import type { Lang } from './strings.js';

export function toLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function resolveLang(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return toLang(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return toLang(el.ownerDocument?.documentElement.getAttribute('lang'));
}

/**
 * One MutationObserver for every element: when any `lang` attribute in the page
 * changes (a language switch on <html>), the elements re-resolve theirs.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
