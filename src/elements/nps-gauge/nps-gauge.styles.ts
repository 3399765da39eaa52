import { css } from 'lit';

// Target states, not by colour alone: below is red with a solid underline, within the margin a dashed one, met plain; each has its own symbol.
export const npsGaugeStyles = css`
  /* On the card, not the host: a page reset of the host must not widen it. */
  .base {
    max-width: var(--kpi-gauge-max-width, 22em);
  }
  .chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
  }
  .band-negative { fill: var(--_band-negative); }
  .band-fair { fill: var(--_band-fair); }
  .band-good { fill: var(--_band-good); }
  .band-excellent { fill: var(--_band-excellent); }
  .needle {
    stroke: var(--_text);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .hub {
    fill: var(--_text);
  }
  /* The 95 % interval: a thin arc inside the bands, under the needle. */
  .moe {
    fill: var(--_text);
    opacity: 0.55;
  }
  /* Outside the arc, after the needle: never hidden by it. */
  .target {
    fill: var(--_accent);
  }
  .target-label {
    fill: var(--_accent);
    font-size: 10px;
    font-weight: 700;
  }
  .tick {
    fill: var(--_muted);
    font-size: 10px;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: center;
    gap: 0 0.5em;
    text-align: center;
  }
  .score {
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0 0.86em;
    margin: 0.29em 0 0.86em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .change {
    margin: -0.57em 0 0.86em;
    font-size: 0.8125em;
    text-align: center;
    color: var(--_muted);
  }
  .target-state.below {
    color: var(--_error);
    border-bottom: 2px solid;
  }
  .target-state.within-margin {
    border-bottom: 1px dashed;
  }
  .split {
    display: block;
    width: 100%;
    height: 0.75em;
    border-radius: 4px;
  }
  .split .promoters { fill: var(--_promoter); }
  .split .passives { fill: var(--_passive); }
  .split .detractors { fill: var(--_detractor); }
  /* Three columns when the card is 17 em wide or more, else one per row: never 2 + 1; the band
     key two by two, else one per row. Flex bases instead of a container query: a basis of
     (threshold − width) × 999 is huge below the threshold (one item per row) and at its floor
     above it. A container query restyles every gauge in the middle of layout: a third of
     fifty gauges' layout time (npm run bench). 17 em of the card are 17 / 0.8125 = 20.92 em
     of the lists' own size. */
  .legend,
  .bands {
    display: flex;
    flex-wrap: wrap;
    gap: 0.31em 0.92em;
    margin: 0.49em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .bands {
    margin-top: 0.74em;
    color: var(--_muted);
  }
  .legend li,
  .bands li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.37em;
    white-space: nowrap;
  }
  .legend li {
    flex: 1 1 calc((20.92em - 100%) * 999);
  }
  .bands li {
    flex: 1 1 clamp(40%, (20.92em - 100%) * 999, 100%);
  }
  /* In a column narrower than 12 em (three columns) the share goes under its name, in line with
     it: its basis is the whole line and its margin the swatch and gap; wider, it follows the name. */
  .legend .share {
    flex: 0 1 clamp(0px, (12em - 100%) * 999, 100%);
    margin-inline-start: clamp(0px, (12em - 100%) * 999, 1.23em);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    width: 0.86em;
    height: 0.86em;
    border-radius: 2px;
    flex: none;
  }
  .swatch.promoters { background: var(--_promoter); }
  .swatch.passives { background: var(--_passive); }
  .swatch.detractors { background: var(--_detractor); }
  .swatch.band-negative { background: var(--_band-negative); }
  .swatch.band-fair { background: var(--_band-fair); }
  .swatch.band-good { background: var(--_band-good); }
  .swatch.band-excellent { background: var(--_band-excellent); }
  .bands .swatch {
    outline: 1px solid var(--_border);
    outline-offset: -1px;
  }
  /* The loading ghost: the drawing's own boxes, text hidden behind placeholder bars. */
  .gauge-skeleton .sk-track,
  .gauge-skeleton .sk-split rect {
    fill: var(--_skeleton);
  }
  .gauge-skeleton .ghost > span {
    visibility: hidden;
  }
  .gauge-skeleton .ghost {
    background: var(--_skeleton);
    border-radius: 4px;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .gauge-skeleton .swatch {
    background: var(--_skeleton);
  }
  .gauge-skeleton > div {
    animation: pulse 1.2s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .gauge-skeleton > div {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .needle { stroke: CanvasText; }
    .hub, .tick, .target, .target-label, .moe { fill: CanvasText; }
    .split rect { stroke: CanvasText; stroke-width: 0.5; }
  }
`;
