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
  /* Links tinted by the share of their journeys that convert: track (none) to the conversion colour (all), five steps. */
  .t0 {
    --_tint: var(--_track);
  }
  .t1 {
    --_tint: color-mix(in srgb, var(--_promoter) 25%, var(--_track));
  }
  .t2 {
    --_tint: color-mix(in srgb, var(--_promoter) 50%, var(--_track));
  }
  .t3 {
    --_tint: color-mix(in srgb, var(--_promoter) 75%, var(--_track));
  }
  .t4 {
    --_tint: var(--_promoter);
  }
  .link {
    fill: var(--_tint);
    fill-opacity: 0.75;
    transition: fill-opacity 0.15s;
  }
  .link.lit {
    fill-opacity: 1;
  }
  .link.dim {
    fill-opacity: 0.25;
  }
  .node rect {
    fill: var(--_muted);
  }
  .ch-0 rect {
    fill: var(--_channel-0);
  }
  .ch-1 rect {
    fill: var(--_channel-1);
  }
  .ch-2 rect {
    fill: var(--_channel-2);
  }
  .ch-3 rect {
    fill: var(--_channel-3);
  }
  .ch-4 rect {
    fill: var(--_channel-4);
  }
  .ch-5 rect {
    fill: var(--_channel-5);
  }
  .ch-6 rect {
    fill: var(--_channel-6);
  }
  .ch-7 rect {
    fill: var(--_channel-7);
  }
  .ch-8 rect {
    fill: var(--_channel-8);
  }
  .ch-9 rect {
    fill: var(--_channel-9);
  }
  .heading {
    fill: var(--_muted);
    font-weight: 600;
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
  /* A halo in the card's colour keeps labels readable over the links they cross. */
  .label {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .legend {
    display: grid;
    gap: 0.4em;
    margin-top: 0.5em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.9em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_text);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .swatch {
    background: var(--_ch);
    flex: none;
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border-radius: 2px;
    margin-inline-end: 0.35em;
    vertical-align: -0.05em;
  }
  .legend .swatch {
    margin: 0;
  }
  .tint {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.2em 0.6em;
  }
  .steps {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .steps .step {
    display: inline-block;
    width: 1.1em;
    height: 0.7em;
    background: var(--_tint);
  }
  .steps .step:first-of-type {
    margin-inline-start: 0.3em;
  }
  .steps .step:last-of-type {
    margin-inline-end: 0.3em;
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
    fill: var(--_ch, var(--_muted));
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
  /* Scroll shadows: a shade at an edge with more columns behind it (the covers scroll with the content, the shades stay). */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    background:
      linear-gradient(to left, var(--_surface) 30%, transparent) right / 2.5em 100% no-repeat local,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 28%, transparent), transparent) right / 0.9em 100% no-repeat scroll;
  }
  .compare td {
    white-space: nowrap;
  }
  .compare th[scope='row'],
  .compare thead th:first-child {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_surface);
    box-shadow: inset -1px 0 0 var(--_border);
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
  /* The skeleton: the drawn layout's boxes at the drawn heights for typical data (see renderLoading). */
  .sankey-skeleton {
    display: block;
    container-type: inline-size;
  }
  .sk-layout {
    display: grid;
    gap: 24px;
  }
  .skeleton .sk-layout span {
    display: block;
  }
  .skeleton .sk-chart {
    /* Headings 22 px + the Sankey (half the width, from 180 px) + the legends (more lines when narrow). */
    height: calc(22px + max(180px, 50cqw) + clamp(36px, 273px - 60cqw, 130px));
  }
  .skeleton .sk-panel {
    /* Switcher, heading and six channels' shares. */
    height: 437px;
  }
  @container (min-width: 600px) {
    .sk-layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .skeleton .sk-chart {
      height: calc(22px + max(180px, (100cqw - 24px) * 0.3) + 24px);
    }
    .skeleton .sk-panel {
      height: 435px;
    }
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
    .heading,
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
