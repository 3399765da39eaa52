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
  .target {
    stroke: var(--_accent);
    stroke-width: 3;
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.31em 0.92em;
    margin: 0.49em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.37em;
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
  @media (forced-colors: active) {
    .needle, .target { stroke: CanvasText; }
    .hub, .tick { fill: CanvasText; }
    .split rect { stroke: CanvasText; stroke-width: 0.5; }
  }
`;
