import { css } from 'lit';

export const surveyStyles = css`
  /* On the card, not the host: a page reset of the host must not widen it. */
  .base {
    max-width: var(--kpi-survey-max-width, 40em);
  }
  form {
    display: grid;
    gap: 1em;
  }
  .label {
    display: block;
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  .label .muted {
    font-weight: 400;
  }
  .scale,
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .list {
    flex-direction: column;
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
  .scale .option {
    flex: 1 0 0;
    padding: 0;
  }
  .list .option {
    justify-content: start;
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
