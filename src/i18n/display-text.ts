/**
 * How untrusted text (comments, channel, touchpoint, stage and node names) is shown: as
 * text, never markup (Lit's text bindings), and with the characters that make text look
 * other than it is made visible.
 *
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) would
 *   reorder what follows them ("\u202Eevil" shows as "live"): each is shown as a placeholder,
 *   `⟨U+202E⟩`, so nothing is reordered and the trick is seen.
 * - Zero-width and invisible characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, U+00AD,
 *   U+034F, U+061C, U+180E) would make different names look the same (three bars "chat"):
 *   each is shown as a placeholder too, so names that differ look different. A zero-width
 *   joiner between two emoji (👩‍💻) is kept: it joins them.
 *
 * Only what is displayed changes: filters and matches use the data's own values.
 */
const HIDDEN = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** The code point that ends just before `end`, and where it starts. */
function before(text: string, end: number): [number, number] {
  const low = text.charCodeAt(end - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
  return [text.codePointAt(start) ?? 0, start];
}

/** Whether the joiner at `at` sits between two emoji (a skin tone or variation selector may follow the first). */
function joinsEmoji(text: string, at: number): boolean {
  let [cp, start] = before(text, at);
  if (cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff)) [cp] = before(text, start);
  const next = text.codePointAt(at + 1) ?? 0;
  return PICTOGRAPHIC.test(String.fromCodePoint(cp)) && PICTOGRAPHIC.test(String.fromCodePoint(next));
}

export function displayText(text: string): string;
export function displayText(text: string | null | undefined): string | null | undefined;
export function displayText(text: string | null | undefined): string | null | undefined {
  if (!text) return text;
  HIDDEN.lastIndex = 0;
  if (!HIDDEN.test(text)) return text;
  return text.replace(HIDDEN, (ch, offset: number) => {
    if (ch === '\u200d' && joinsEmoji(text, offset)) return ch;
    return `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}
