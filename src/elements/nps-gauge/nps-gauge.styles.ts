import { css } from 'lit';

export const npsGaugeStyles = css`
  :host {
    max-width: var(--kpi-gauge-max-width, 22rem);
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
    gap: 0 0.5rem;
    text-align: center;
  }
  .score {
    font-size: 2.25rem;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0 0.75rem;
    margin: 0.25rem 0 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .target-state.below {
    color: var(--_error);
  }
  .split {
    display: block;
    width: 100%;
    height: 0.75rem;
    border-radius: 4px;
  }
  .split .promoters { fill: var(--_promoter); }
  .split .passives { fill: var(--_passive); }
  .split .detractors { fill: var(--_detractor); }
  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    margin: 0.4rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  .swatch {
    width: 0.7rem;
    height: 0.7rem;
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
