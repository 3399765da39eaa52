import { css } from 'lit';

// The line is the accent (or its channel's colour with `by`); hollow points have too few answers; the target is dashed.
export const trendStyles = css`
  /* Measured for the layout's width (no height: the chart's own height never feeds back into it). */
  .sizer {
    width: 100%;
    height: 0;
  }
  .plot {
    position: relative;
  }
  .chart,
  .keys {
    display: block;
    font-size: 11px;
  }
  .keys {
    position: absolute;
    inset: 0;
  }
  .grid {
    stroke: var(--_border);
  }
  .tick {
    fill: var(--_muted);
  }
  .n-bar {
    fill: var(--_muted);
    opacity: 0.35;
  }
  .series.total {
    --_ch: var(--_accent);
  }
  .band {
    fill: var(--_ch);
    opacity: 0.16;
  }
  .line {
    fill: none;
    stroke: var(--_ch);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .point {
    fill: var(--_ch);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .point.thin {
    fill: var(--_surface);
    stroke: var(--_ch);
  }
  .target {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .guide {
    stroke: var(--_muted);
    stroke-dasharray: 2 2;
  }
  .hit {
    fill: transparent;
    outline: none;
  }
  .hit:focus-visible {
    fill: var(--_accent);
    fill-opacity: 0.08;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .tooltip {
    position: absolute;
    top: 0;
    display: grid;
    gap: 0.15em;
    max-width: min(18em, 60%);
    padding: 0.35em 0.5em;
    font-size: 0.8125em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 4px;
    pointer-events: none;
  }
  .tooltip.right {
    right: 0;
  }
  .tooltip.left {
    left: 2.5em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    width: 0.75em;
    height: 0.75em;
    border-radius: 2px;
    background: var(--_ch);
  }
  .change {
    margin: 0.5em 0 0;
  }
  .change.significant {
    font-weight: 600;
  }
  .notes {
    margin: 0.35em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  /* The loading skeleton: the chart's height for the width (charts/trend.ts trendHeight), then the sentence. */
  .trend-skeleton {
    container-type: inline-size;
  }
  .skeleton span.sk-chart {
    height: 240px;
  }
  @container (min-width: 480px) {
    .skeleton span.sk-chart {
      height: 300px;
    }
  }
  @media (forced-colors: active) {
    .line,
    .target {
      stroke: CanvasText;
    }
    .point,
    .n-bar {
      fill: CanvasText;
    }
    .point.thin {
      fill: Canvas;
      stroke: CanvasText;
    }
    .band {
      fill: GrayText;
    }
    .hit:focus-visible {
      stroke: Highlight;
    }
  }
`;
