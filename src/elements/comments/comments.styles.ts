import { css } from 'lit';

// The list and its themes side by side from 40 em of the element's own width, the themes
// under the list below that. The score group is said in words; its colour only doubles it.
// Long words and pasted URLs wrap anywhere: a 100 kB comment cannot widen the card.
export const commentsStyles = css`
  .frame {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 40em) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  p {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 0.75em;
    align-items: end;
    margin-block-end: 0.5em;
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-size: 0.85em;
    color: var(--_muted);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .filters .search {
    flex: 1 1 12em;
  }
  select,
  input,
  button {
    font: inherit;
    font-size: 1em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.29em 0.57em;
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  .filters label,
  .filters select,
  .filters input {
    box-sizing: border-box;
  }
  .filters input {
    inline-size: 100%;
  }
  button {
    cursor: pointer;
    color: var(--_accent);
    border-color: var(--_accent);
    overflow-wrap: anywhere;
    text-align: start;
  }
  select:focus-visible,
  input:focus-visible,
  button:focus-visible,
  .comment:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .count,
  .none,
  .note {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .theme-filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-block-end: 0.5em;
    overflow-wrap: anywhere;
  }
  .list,
  .terms {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list {
    display: grid;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .comment {
    display: grid;
    gap: 0.25em;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .comment:hover {
    border-color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 0.35em;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .group {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
    color: var(--_text);
  }
  .mark {
    inline-size: 0.65em;
    block-size: 0.65em;
    border-radius: 50%;
    background: var(--_passive);
    flex: none;
  }
  .good .mark {
    background: var(--_promoter);
  }
  .bad .mark {
    background: var(--_detractor);
    border-radius: 1px;
  }
  .text {
    white-space: pre-line;
    line-height: 1.4;
  }
  .more {
    margin-block-start: 0.25em;
  }
  .themes {
    overflow-wrap: anywhere;
  }
  .themes-title {
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .side {
    font-size: 0.9em;
    font-weight: 600;
    margin-block: 0.75em 0.35em;
  }
  .terms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .terms button {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1em 0.4em;
    color: var(--_text);
    border-color: var(--_border);
    border-inline-start: 3px solid var(--_detractor);
  }
  .terms.good button {
    border-inline-start-color: var(--_promoter);
  }
  .terms button[aria-pressed='true'] {
    border-color: var(--_accent);
    outline: 1px solid var(--_accent);
  }
  .tally {
    font-size: 0.8em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .mark {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .terms button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
