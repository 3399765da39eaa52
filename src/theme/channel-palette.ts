/**
 * One colour per channel, the same in every element: email is blue in the
 * Sankey, the bars and the trend alike. Ten categorical colours chosen to stay
 * apart under the common colour-vision deficiencies (Okabe & Ito 2008, with
 * four of Paul Tol's "muted" set), each with a lighter dark-theme twin
 * (tokens.ts). Channels the kit knows have a fixed slot; others take the free
 * slots in name order, so a chart's colours do not depend on its data order.
 * Colour is never the only carrier: every coloured mark is also labelled.
 */
import { css, unsafeCSS } from 'lit';

/** Channels with a fixed slot (index into the palette). */
const KNOWN: Record<string, number> = {
  email: 0,
  social: 1,
  search: 2,
  display: 3,
  direct: 4,
  affiliate: 5,
  chat: 6,
  phone: 7,
  store: 8,
  app: 9,
};

export const CHANNEL_PALETTE_SIZE = 10;

/**
 * Palette slots (0–9) for the channels of one chart: known channels keep their
 * slot; the others, sorted, fill the slots no channel of this chart holds, then
 * wrap around.
 */
export function channelSlots(channels: Iterable<string>): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  const unknown: string[] = [];
  for (const channel of new Set(channels)) {
    const key = channel.toLowerCase();
    const slot = Object.hasOwn(KNOWN, key) ? KNOWN[key] : undefined;
    if (slot === undefined) unknown.push(channel);
    else {
      slots.set(channel, slot);
      taken.add(slot);
    }
  }
  const free = Array.from({ length: CHANNEL_PALETTE_SIZE }, (_, i) => i).filter((i) => !taken.has(i));
  unknown.sort();
  unknown.forEach((channel, i) => slots.set(channel, free.length ? free[i % free.length]! : i % CHANNEL_PALETTE_SIZE));
  return slots;
}

/**
 * The class of a palette slot: it sets `--_ch` to the slot's colour token, which a mark
 * fills with (`fill: var(--_ch)`, `background: var(--_ch)`). A class and not a `style`
 * attribute: a page whose Content-Security-Policy has no `'unsafe-inline'` styles blocks those.
 */
export const channelClass = (slot: number): string => `ch-${slot % CHANNEL_PALETTE_SIZE}`;

/** The rules behind `channelClass` (and `ch-other`, the muted "other" of a folded chart). */
export const channelClassStyles = css`
  ${unsafeCSS(Array.from({ length: CHANNEL_PALETTE_SIZE }, (_, i) => `.ch-${i}{--_ch:var(--_channel-${i})}`).join(''))}
  .ch-other {
    --_ch: var(--_muted);
  }
`;
