/**
 * Hostile strings and the checks that they stayed text: shared by the hostile-input
 * and fuzz tests. Every payload that could run calls `window.__pwn(id)`, a tripwire
 * that records the id; `alert` / `confirm` / `prompt` are tripwires too.
 */
import { jsonUrl } from '../helpers.js';

export interface Payload {
  category: string;
  text: string;
}

/** A 10 000-character name that starts with markup (URL-sized for `src` only through a blob). */
const LONG_HEAD = `<script>window.__pwn('long')</script>`;
const LONG = LONG_HEAD + 'W'.repeat(10_000 - LONG_HEAD.length);

export const PAYLOADS: readonly Payload[] = [
  { category: 'markup', text: `<img src=x onerror="window.__pwn('img')">` },
  { category: 'markup', text: `"><svg onload="window.__pwn('svg')">` },
  { category: 'markup', text: `<script>window.__pwn('script')</script>` },
  { category: 'markup', text: `<iframe src="javascript:parent.__pwn('iframe')"></iframe>` },
  { category: 'markup', text: `<object data="javascript:window.__pwn('object')"></object><embed src="javascript:window.__pwn('embed')">` },
  { category: 'markup', text: `<details open ontoggle="window.__pwn('details')">x</details>` },
  { category: 'markup', text: `</text></svg><img src=x onerror="window.__pwn('svg-text')">` },
  { category: 'markup', text: `<svg><a xlink:href="javascript:window.__pwn('xlink')"><text>x</text></a></svg>` },
  { category: 'markup', text: `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwn('mxss')">` },
  { category: 'markup', text: `<!--?lit$1234567$--><img src=x onerror="window.__pwn('lit-marker')">` },
  { category: 'style', text: `</style><img src=x onerror="window.__pwn('style')">` },
  { category: 'style', text: `red;} :host { display: none } * { background: url("javascript:window.__pwn('css')") }` },
  { category: 'attribute', text: `" onmouseover="window.__pwn('attr')" data-x="` },
  { category: 'attribute', text: `' autofocus onfocus='window.__pwn("attr2")' x='` },
  { category: 'url', text: `javascript:window.__pwn('js-url')` },
  { category: 'url', text: `data:text/html,<script>window.__pwn('data-url')</script>` },
  { category: 'template', text: '${window.__pwn("template-literal")}' },
  { category: 'template', text: `{{constructor.constructor('window.__pwn("angular")')()}}` },
  { category: 'template', text: `<%= window.__pwn('erb') %> #{7*7} {7*7}` },
  { category: 'unicode', text: '\u202Egnp.exe \u2066admin\u2069' },
  { category: 'unicode', text: 'ch\u200Bat\u200C\u200D\u2060\uFEFFline' },
  { category: 'unicode', text: 'lone \uD800 surrogates \uDFFF\uDBFF' },
  { category: 'unicode', text: 'Z\u0351\u0364\u0307a\u0310l\u0352g\u036Bo 👩🏽‍💻' },
  { category: 'unicode', text: 'nul\u0000 bell\u0007 esc\u001B[31m line\nbreak\r\n\u2028sep\u2029end' },
  { category: 'long', text: LONG },
  { category: 'prototype', text: '__proto__' },
  { category: 'prototype', text: 'constructor' },
  { category: 'prototype', text: 'prototype' },
  { category: 'prototype', text: 'hasOwnProperty' },
];

interface Tripwire {
  __pwn?: (id?: unknown) => void;
  __pwned?: unknown;
}
const w = window as unknown as Tripwire & Record<'alert' | 'confirm' | 'prompt', unknown>;

/** Installs the tripwires; returns a function that removes them. */
export function armTripwires(): () => void {
  const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt };
  w.__pwn = (id = true) => {
    w.__pwned = id;
  };
  for (const name of ['alert', 'confirm', 'prompt'] as const) w[name] = () => w.__pwn!(name);
  return () => {
    Object.assign(w, saved);
    delete w.__pwn;
  };
}

/** What a payload managed to run, if anything. */
export const pwned = (): unknown => w.__pwned;

const FORBIDDEN = new Set(['img', 'script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'style', 'link', 'meta', 'base', 'foreignobject', 'video', 'audio', 'details', 'math', 'mglyph']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'srcdoc']);

/** Every element under `root`, through every shadow root. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Anything in the shadow tree that a payload could have injected: markup elements, `on*` handlers, `javascript:` URLs. */
export function injected(el: Element): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot ? deepElements(el.shadowRoot) : []) {
    const tag = node.localName.toLowerCase();
    if (FORBIDDEN.has(tag)) found.push(`<${tag}>`);
    for (const a of node.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) found.push(`<${tag} ${name}=${a.value.slice(0, 20)}>`);
    }
  }
  // Nothing leaked into the light DOM either.
  for (const node of el.querySelectorAll('*')) found.push(`light <${node.localName}>`);
  return found;
}

/** The text of the shadow tree, raw (no whitespace folding: payloads carry line breaks and NULs). */
export function deepText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) text += walker.currentNode.nodeValue;
  return text;
}

/** A `src` URL answering this document: the test server's echo route, or a blob when the URL would be too long for a request line. */
export function srcFor(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const url = jsonUrl(text);
  return url.length <= 8_000 ? url : URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

/** Own property names and descriptors of the built-in prototypes, to prove none was polluted. */
export function prototypeSnapshot(): string {
  const protos = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype };
  return JSON.stringify(
    Object.entries(protos).map(([name, p]) => [
      name,
      Reflect.ownKeys(p)
        .map((k) => {
          const d = Object.getOwnPropertyDescriptor(p, k)!;
          return `${String(k)}:${typeof d.value}:${d.writable}:${d.enumerable}:${typeof d.get}`;
        })
        .sort(),
    ]),
  );
}
