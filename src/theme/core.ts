/**
 * The theme tokens of text and controls, light and dark: all <kpi-survey>
 * needs. `tokens.ts` adds the chart colours for the data displays.
 * Public `--kpi-*` custom properties are read, never set, on :host, so a page
 * can set them anywhere above the element (even on :root) and they win;
 * private `--_*` copies carry the defaults. Dark applies with `theme="dark"`,
 * else where the page's `color-scheme` is dark, else with the OS preference
 * (SchemeController sets the `dark` state; without custom states, the OS).
 */
import { css, type CSSResult } from 'lit';

export const lightCore = css`
  --_text: var(--kpi-color-text, #1f2328);
  --_muted: var(--kpi-color-muted, #57606a);
  --_surface: var(--kpi-color-surface, #ffffff);
  --_border: var(--kpi-color-border, #d0d7de);
  --_accent: var(--kpi-color-accent, #0a5cc2);
  --_error: var(--kpi-color-error, #b3261e);
  --_error-surface: var(--kpi-color-error-surface, #fdecea);
`;

export const darkCore = css`
  --_text: var(--kpi-color-text, #e6edf3);
  --_muted: var(--kpi-color-muted, #9da7b3);
  --_surface: var(--kpi-color-surface, #161b22);
  --_border: var(--kpi-color-border, #30363d);
  --_accent: var(--kpi-color-accent, #58a6ff);
  --_error: var(--kpi-color-error, #ffa198);
  --_error-surface: var(--kpi-color-error-surface, #3d1414);
`;

export function theme(light: CSSResult, dark: CSSResult): CSSResult {
  return css`
    :host {
      ${light}
      --_font: var(--kpi-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      --_radius: var(--kpi-radius, 8px);
      --_gap: var(--kpi-spacing, 0.75em);
      color-scheme: light;
    }
    :host([theme='dark']) {
      ${dark}
      color-scheme: dark;
    }
    /* The scheme of the page the element is on (SchemeController): a separate rule, as a
       browser without custom states drops it whole. */
    :host(:state(dark)) {
      ${dark}
      color-scheme: dark;
    }
    @supports not selector(:state(dark)) {
      @media (prefers-color-scheme: dark) {
        :host(:not([theme='light'])) {
          ${dark}
          color-scheme: dark;
        }
      }
    }
  `;
}

export const coreThemeStyles = theme(lightCore, darkCore);
