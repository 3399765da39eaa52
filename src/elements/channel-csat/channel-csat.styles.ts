import { css } from 'lit';

// Target states, not by colour alone: met and below bars are solid (accent, detractor), within-margin bars outlined
// and dashed, and each row says its state in words with its symbol. A row's swatch is its channel (shared palette).
export const channelCsatStyles = css`
  .changes {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .changes strong {
    color: var(--_text);
    font-weight: 600;
  }
  .swatch {
    fill: var(--_ch);
  }
  /* Measured for the layout's width (no height: the chart's own height never feeds back into it). */
  .sizer {
    width: 100%;
    height: 0;
  }
  .chart {
    display: block;
    overflow: visible;
    font-size: 12px;
  }
  .grid {
    stroke: var(--_border);
  }
  .tick text,
  .n {
    fill: var(--_muted);
    font-size: 11px;
  }
  .label {
    fill: var(--_text);
  }
  .bar {
    fill: var(--_accent);
  }
  .below .bar {
    fill: var(--_detractor);
  }
  .within-margin .bar {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
  }
  .whisker {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .target {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .value {
    fill: var(--_text);
    font-weight: 600;
  }
  .flag {
    fill: var(--_text);
    font-size: 11px;
  }
  .below .flag {
    fill: var(--_error);
  }
  /* Only the "too few answers" note crosses grid lines (it has no bar): a halo in the card's colour. */
  .note {
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .too-few .label,
  .too-few .n,
  .too-few .note {
    fill: var(--_muted);
    font-style: italic;
  }
  .direction {
    margin: 0.31em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  /* The loading ghost: the chart itself with placeholder rows (see renderLoading), bars and text boxes in the skeleton colour. */
  .bars-skeleton {
    animation: pulse 1.2s ease-in-out infinite;
  }
  .bars-skeleton text,
  .bars-skeleton line,
  .bars-skeleton .ghost > span {
    visibility: hidden;
  }
  .bars-skeleton .bar {
    fill: var(--_skeleton);
    stroke: none;
  }
  .bars-skeleton .ghost {
    background: var(--_skeleton);
    border-radius: 4px;
  }
  @media (prefers-reduced-motion: reduce) {
    .bars-skeleton {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .below .bar {
      fill: Mark;
    }
    .within-margin .bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .whisker,
    .target {
      stroke: CanvasText;
    }
    .note {
      stroke: Canvas;
    }
    /* SVG fill is not forced: the text takes the system colour (▼ / ≈ / ✓ and words still mark each row's state). */
    .chart text,
    .chart .row text {
      fill: CanvasText;
    }
  }
`;
