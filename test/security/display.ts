/** Mounting a data display with its input given one way or another, and waiting until it has settled. */
import '../../src/index.js';
import type { KpiErrorDetail } from '../../src/data/events.js';
import type { DataStatus } from '../../src/data/data-controller.js';
import { record, until } from '../helpers.js';
import { srcFor } from './hostile.js';

export type Via = 'attribute' | 'property' | 'src';
export const VIAS: readonly Via[] = ['attribute', 'property', 'src'];
export const DISPLAYS = ['kpi-nps-gauge', 'kpi-channel-csat', 'kpi-attribution-sankey'] as const;
export type DisplayTag = (typeof DISPLAYS)[number];

export interface Display extends HTMLElement {
  data: unknown;
  src: string | null;
  readonly status: DataStatus;
  readonly updateComplete: Promise<boolean>;
}

/** Whether the chart (and, for the Sankey, its hidden tables, one task later) is on screen. */
function drawn(el: Display): boolean {
  const root = el.shadowRoot!;
  if (root.querySelector('[role=alert]')) return true;
  return !!root.querySelector('[role=img]') && (el.localName !== 'kpi-attribution-sankey' || !!root.querySelector('.links-table'));
}

/** Waits until the element has left loading and drawn what its state calls for. */
export async function settle(el: Display): Promise<void> {
  // No input at all (`.data = undefined` on a new element, no src): it waits for one, and stays loading.
  if (el.data === undefined && !el.src && !el.hasAttribute('data')) return void (await el.updateComplete);
  await until(() => el.status !== 'loading', `${el.localName} leaves loading`);
  await until(() => el.status !== 'ready' || drawn(el), `${el.localName} draws its data`);
  await el.updateComplete;
}

/**
 * A display in a 900 px box, `lang="en"`, with `attrs`, fed `input` through the
 * `data` attribute (JSON text), the `.data` property (the value itself), or `src`.
 * Listeners are attached before the first update.
 */
export async function display(tag: DisplayTag, via: Via, input: unknown, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as unknown as Display;
  const errors = record<KpiErrorDetail>(el, 'kpi-error');
  el.setAttribute('lang', 'en');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const text = () => (typeof input === 'string' ? input : JSON.stringify(input));
  if (via === 'attribute') el.setAttribute('data', text());
  else if (via === 'property') el.data = input;
  else el.src = srcFor(text());
  const box = document.createElement('div');
  box.style.width = '900px';
  box.append(el);
  document.body.append(box);
  boxes.add(box);
  await settle(el);
  return { el, errors };
}

const boxes = new Set<HTMLElement>();

/** Takes every display placed so far off the page (what a fuzz run does after each case). */
export function removeDisplays(): void {
  for (const box of boxes) box.remove();
  boxes.clear();
}
