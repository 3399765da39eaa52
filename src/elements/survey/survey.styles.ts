import { css } from 'lit';

export const surveyStyles = css`
  /* On the card, not the host: a page reset of the host must not widen it. */
  .base {
    max-width: var(--kpi-survey-max-width, 40em);
  }
  form {
    display: grid;
    gap: 1em;
    container: survey / inline-size;
  }
  .label {
    display: block;
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  .label .muted {
    font-weight: 400;
  }
  /* A scale is one row of equal buttons (5, 7 or 11 of them); where 11 would be
     narrower than 2 em each, 0–10 goes on two rows of six equal columns (0–5, 6–10):
     never rows of unequal buttons. */
  .scale {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: 0.25em;
  }
  @container survey (max-width: 24.5em) {
    .scale.points-11 {
      grid-auto-flow: row;
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  /* 44 px targets (WCAG 2.5.5) whatever the reader's font size. */
  .option,
  .submit,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
  }
  .option,
  .submit {
    display: flex;
    align-items: center;
    justify-content: center;
    min-width: max(44px, 2.75em);
    min-height: max(44px, 2.75em);
    padding: 0 0.75em;
    cursor: pointer;
  }
  /* 24 px wide at least (WCAG 2.5.8) and 44 px high, whatever the width. */
  .scale .option {
    min-width: 24px;
    padding: 0;
  }
  /* A choice looks like what it is: a radio mark before each option, filled when chosen. */
  .list .option {
    justify-content: start;
    gap: 0.6em;
    text-align: start;
  }
  .list .option::before {
    content: '';
    flex: none;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-radius: 50%;
    box-shadow: inset 0 0 0 0.2em var(--_surface);
  }
  .list .option[aria-checked='true']::before {
    background: currentColor;
    box-shadow: inset 0 0 0 0.2em var(--_accent);
  }
  .option[aria-checked='true'],
  .submit {
    color: var(--_surface);
    background: var(--_accent);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .submit {
    justify-self: start;
    padding: 0 1.25em;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1.14em;
    margin-top: 0.29em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .ends > :last-child {
    text-align: end;
  }
  textarea {
    width: 100%;
    padding: 0.5em;
  }
  [aria-invalid='true'] .option,
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .invalid,
  .note {
    margin: 0.29em 0 0;
    font-size: 0.875em;
  }
  .invalid {
    color: var(--_error);
  }
  .thanks p {
    margin: 0;
  }
  /* Forced colours drop backgrounds: the selection is drawn with system colours. */
  @media (forced-colors: active) {
    .option[aria-checked='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
