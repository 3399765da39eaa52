import { css } from 'lit';

export const surveyStyles = css`
  :host {
    max-width: var(--kpi-survey-max-width, 40rem);
  }
  form {
    display: grid;
    gap: 1rem;
  }
  .label {
    display: block;
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  .label .muted {
    font-weight: 400;
  }
  .scale,
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .list {
    flex-direction: column;
  }
  /* 44 px targets (WCAG 2.5.5) whatever the page's root font size. */
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
    min-width: max(44px, 2.75rem);
    min-height: max(44px, 2.75rem);
    padding: 0 0.75rem;
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
    padding: 0 1.25rem;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin-top: 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .ends > :last-child {
    text-align: end;
  }
  textarea {
    width: 100%;
    padding: 0.5rem;
  }
  [aria-invalid='true'] .option,
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .invalid,
  .note {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
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
