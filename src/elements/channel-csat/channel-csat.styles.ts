import { css } from 'lit';

// Target states, not by colour alone: met and below bars are solid (accent, detractor), within-margin bars outlined and dashed.
export const channelCsatStyles = css`
  .plot {
    width: 100%;
  }
  .chart {
    display: block;
    overflow: visible;
    font-size: 12px;
  }
  .tick line {
    stroke: var(--_border);
  }
  .tick text,
  .n {
    fill: var(--_muted);
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
  .within-margin .flag {
    fill: var(--_text);
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
    fill: var(--_error);
    font-size: 11px;
  }
  /* A halo in the card's colour keeps notes readable where they cross the target line. */
  .flag,
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
    .flag,
    .note {
      stroke: Canvas;
    }
    /* SVG fill is not forced: the text takes the system colour (▼ / ≈ and words still mark the rows below target or within its margin). */
    .chart text,
    .chart .row text {
      fill: CanvasText;
    }
  }
`;
