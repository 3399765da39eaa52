/**
 * Lit's default Object converter turns invalid JSON into `null` silently; this
 * one keeps the parse failure so the element can name it and fire `kpi-error`.
 */
import type { ComplexAttributeConverter } from 'lit';

export class InvalidJson {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {}
}

export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(value: string | null) {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch (error) {
      return new InvalidJson(value, (error as Error).message);
    }
  },
  // `data` is input: the element never writes it back to the attribute.
  toAttribute: () => null,
};
