import { css } from 'lit';

// Tiles in a grid that wraps from one column (240 px) to as many 13rem columns as fit.
// Status is in words and icon; colour only doubles it. A change's colour says good or
// bad news for that KPI (lower is better for transfer, churn…), muted when not significant.
export const scorecardStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: calc(var(--_gap) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .group + .group {
    margin-block-start: var(--_gap);
  }
  .group-name {
    margin: 0 0 0.5em;
    font-size: 0.95em;
    font-weight: 600;
  }
  .tile,
  .ghost {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    min-block-size: 12.5rem;
    box-sizing: border-box;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .tile p {
    margin: 0;
  }
  .name {
    font-weight: 600;
    line-height: 1.25;
  }
  .definition,
  .meta,
  .target,
  .significance {
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.3;
  }
  .value {
    font-size: 1.6em;
    font-weight: 650;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .no-data .value {
    font-size: 1em;
    font-weight: 400;
    color: var(--_muted);
  }
  .spark {
    display: block;
    inline-size: 100%;
    block-size: 28px;
    overflow: visible;
  }
  .spark .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  /* A zero-length stroke with round caps: a dot that stays round in the stretched SVG. */
  .spark .last {
    stroke: var(--_accent);
    stroke-width: 6;
    stroke-linecap: round;
  }
  .spark .goal {
    stroke: var(--_muted);
    stroke-dasharray: 3 2;
  }
  .change {
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .change.good {
    color: var(--_promoter);
  }
  .change.bad {
    color: var(--_detractor);
  }
  .status {
    margin-block-start: auto !important;
    display: flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.85em;
    font-weight: 600;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    border-radius: 50%;
    font-size: 0.85em;
    border: 1.5px solid currentColor;
  }
  .status.met {
    color: var(--_promoter);
  }
  .status.met .icon {
    background: var(--_promoter);
    color: var(--_surface);
    border-color: var(--_promoter);
  }
  .status.on-track {
    color: var(--_accent);
  }
  .status.behind,
  .status.not-met {
    color: var(--_detractor);
  }
  .status.none {
    color: var(--_muted);
    font-weight: 400;
  }
  .ghost {
    border-style: dashed;
    background: linear-gradient(var(--_skeleton), var(--_skeleton)) 0.75em 0.9em / 55% 0.8em no-repeat,
      linear-gradient(var(--_skeleton), var(--_skeleton)) 0.75em 2.6em / 40% 1.6em no-repeat;
  }
  .problem {
    color: var(--_error);
    font-size: 0.9em;
  }
  .notes {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }
`;
