/** Shortens a label to `max` characters with an ellipsis (the full text goes in a <title> and the table). */
export function truncate(text: string, max: number): string {
  const chars = [...text]; // by code point: never split a surrogate pair
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
