import { css } from 'lit';

export const attributionSankeyStyles = css`
  .sizer {
    height: 0;
  }
  .layout {
    display: grid;
    gap: 24px;
    width: 100%;
  }
  .layout.wide {
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    align-items: start;
  }
  .plot {
    position: relative;
    min-width: 0;
  }
  .chart {
    display: block;
    overflow: visible;
    font-size: 11px;
  }
  .keys {
    position: absolute;
    top: 0;
    left: 0;
    overflow: visible;
    pointer-events: none;
    font-size: 12px;
  }
  .link {
    fill: var(--_track);
    fill-opacity: 0.9;
    transition: fill-opacity 0.15s;
  }
  .link.lit {
    fill: var(--_accent);
    fill-opacity: 0.45;
  }
  .link.dim {
    fill-opacity: 0.35;
  }
  .node rect {
    fill: var(--_accent);
  }
  .node.conversion rect {
    fill: var(--_promoter);
  }
  .node.no-conversion rect,
  .node.other rect {
    fill: var(--_muted);
  }
  /* Dimmed labels stay readable (WCAG 1.4.3): the bar fades, the text turns muted. */
  .node.dim rect {
    opacity: 0.45;
  }
  .node.dim .label {
    fill: var(--_muted);
  }
  .label {
    fill: var(--_text);
  }
  .conversion .label,
  .no-conversion .label {
    font-weight: 600;
  }
  .hit {
    fill: transparent;
    pointer-events: all;
    outline: none;
  }
  .hit:focus-visible {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .tooltip rect {
    pointer-events: all;
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .tooltip text {
    fill: var(--_text);
  }
  .tip-title {
    font-weight: 600;
  }
  .panel {
    min-width: 0;
    font-size: 0.875em;
  }
  .switcher {
    display: flex;
    flex-wrap: wrap;
    gap: 0.29em 0.57em;
    align-items: center;
  }
  .switcher select {
    max-width: 100%;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.29em 0.57em;
  }
  .switcher select:focus-visible,
  .scroll:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .panel-title,
  .removal h4 {
    margin: 0.86em 0 0.57em;
    font-size: 1em;
    font-weight: 600;
  }
  .shares,
  .removal ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.57em;
  }
  .shares li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.14em 0.57em;
  }
  .shares .name,
  .removal .name {
    overflow-wrap: anywhere;
  }
  .share {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .meter {
    grid-column: 1 / -1;
    display: block;
    width: 100%;
    height: 6px;
  }
  .meter .track {
    fill: var(--_track);
  }
  .meter .fill {
    fill: var(--_accent);
  }
  .figures {
    grid-column: 1 / -1;
    color: var(--_muted);
    font-size: 0.93em;
  }
  .removal ul {
    gap: 0.29em;
  }
  .removal li {
    display: flex;
    justify-content: space-between;
    gap: 0.57em;
  }
  .notice {
    margin: 0;
    color: var(--_error);
  }
  .scroll {
    overflow-x: auto;
  }
  .compare {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .compare th,
  .compare td {
    padding: 0.29em 0.57em;
    border-bottom: 1px solid var(--_border);
    text-align: right;
    vertical-align: top;
  }
  .compare th[scope='row'],
  .compare thead th:first-child {
    text-align: left;
    min-width: 7em;
    overflow-wrap: break-word;
  }
  .compare thead th {
    font-weight: 600;
    font-size: 0.93em;
  }
  .compare .disagree th[scope='row'],
  .compare .disagree td {
    font-weight: 600;
  }
  /* "Models disagree" is information, not bad news: a neutral marker (≠) in the text colour, not the error red. */
  .compare .spread strong {
    display: block;
    color: var(--_text);
    font-size: 0.86em;
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .link {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .node rect,
    .meter .fill {
      fill: CanvasText;
    }
    .link {
      fill: GrayText;
    }
    .link.lit {
      fill: Highlight;
    }
    .hit:focus-visible {
      stroke: Highlight;
    }
    .tooltip rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    /* SVG fill is not forced: text takes the system colours, with a halo over the links. */
    .label,
    .node.dim .label,
    .tooltip text {
      fill: CanvasText;
    }
    .label {
      paint-order: stroke;
      stroke: Canvas;
      stroke-width: 3px;
      stroke-linejoin: round;
    }
  }
`;
