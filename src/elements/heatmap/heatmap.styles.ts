import { css } from 'lit';

// A real table in a box of its own that scrolls sideways (the page does not), the row
// headers sticky. Cell colours: a hand-written interpolation between three theme tokens,
// --_detractor (bad) · --_surface (the centre) · --_promoter (good), by color-mix in five
// steps a side up to 50 %: d3-scale's scaleDiverging would bring code and concrete colours
// that ignore the page's --kpi-color-* and dark theme. At 50 % the cell text (--_text) keeps
// ≥ 4.5:1 in light and dark (test/elements/heatmap.test.ts measures every cell). Cells
// under min-n: hatched in --_track, muted text, no colour.
export const heatmapStyles = css`
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    overscroll-behavior-x: contain;
  }
  table {
    border-collapse: separate;
    border-spacing: 2px;
    font-variant-numeric: tabular-nums;
    min-inline-size: 100%;
  }
  /* The caption is read from the table; its visible copy sits outside the scrolling box, so it wraps to the card. */
  .caption {
    color: var(--_muted);
    font-size: 0.8em;
    margin: 0 0 0.4em;
  }
  th {
    font-weight: 600;
    font-size: 0.8em;
    text-align: start;
    padding: 0.25em 0.4em;
    vertical-align: bottom;
  }
  th[scope='row'],
  .corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
    min-inline-size: 5em;
    max-inline-size: 10em;
    vertical-align: middle;
  }
  th[scope='col'] {
    text-align: center;
    min-inline-size: 4.6em;
  }
  th button {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    gap: 0.25em;
    align-items: baseline;
    border-radius: 3px;
  }
  th button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  th button .arrow {
    color: var(--_muted);
    font-size: 0.85em;
  }
  td {
    --_cell: var(--_surface);
    background: var(--_cell);
    color: var(--_text);
    text-align: center;
    padding: 0.35em 0.4em;
    border-radius: 3px;
    min-inline-size: 4.6em;
    white-space: nowrap;
    line-height: 1.2;
    border: 1px solid var(--_border);
  }
  td:focus {
    outline: 2px solid var(--_accent);
    outline-offset: -3px;
  }
  .score {
    display: block;
    font-weight: 650;
  }
  .count {
    display: block;
    font-size: 0.75em;
  }
  .c0 {
    --_cell: var(--_surface);
  }
  .g1 { --_cell: color-mix(in srgb, var(--_promoter) 10%, var(--_surface)); }
  .g2 { --_cell: color-mix(in srgb, var(--_promoter) 20%, var(--_surface)); }
  .g3 { --_cell: color-mix(in srgb, var(--_promoter) 30%, var(--_surface)); }
  .g4 { --_cell: color-mix(in srgb, var(--_promoter) 40%, var(--_surface)); }
  .g5 { --_cell: color-mix(in srgb, var(--_promoter) 50%, var(--_surface)); }
  .b1 { --_cell: color-mix(in srgb, var(--_detractor) 10%, var(--_surface)); }
  .b2 { --_cell: color-mix(in srgb, var(--_detractor) 20%, var(--_surface)); }
  .b3 { --_cell: color-mix(in srgb, var(--_detractor) 30%, var(--_surface)); }
  .b4 { --_cell: color-mix(in srgb, var(--_detractor) 40%, var(--_surface)); }
  .b5 { --_cell: color-mix(in srgb, var(--_detractor) 50%, var(--_surface)); }
  .thin {
    background-color: var(--_track);
    background-image: repeating-linear-gradient(135deg, var(--_surface) 0 0.3em, transparent 0.3em 0.75em);
    color: var(--_muted);
    border-style: dashed;
  }
  td.thin .score {
    font-weight: 400;
  }
  td.none {
    background: none;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .legend .key-thin {
    margin-inline-start: 0.6em;
  }
  .legend .swatch {
    display: inline-block;
    inline-size: 1.4em;
    block-size: 0.9em;
    border: 1px solid var(--_border);
    border-radius: 2px;
    background: var(--_cell);
  }
  .summary {
    margin: 0.5em 0 0;
  }
  .notes {
    margin: 0.35em 0 0;
    font-size: 0.8em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    td {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    td.thin {
      background: Canvas;
      color: CanvasText;
      border-style: dashed;
    }
    th[scope='row'],
    .corner {
      background: Canvas;
    }
  }
  .legend .swatch.thin {
    background-color: var(--_track);
    background-image: repeating-linear-gradient(135deg, var(--_surface) 0 0.2em, transparent 0.2em 0.45em);
  }
`;
