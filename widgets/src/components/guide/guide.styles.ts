import { css } from 'lit';

export const styles = css`
  .base {
    container-type: inline-size;
    max-width: 48rem;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    font-weight: var(--_sk-heading-weight);
    line-height: 1.25;
  }
  .title {
    font-size: 1.5em;
  }
  .question-heading,
  .result-heading {
    font-size: 1.375em;
    scroll-margin-top: 5rem;
  }
  .question-heading:focus,
  .result-heading:focus {
    outline: none;
  }
  .question-heading:focus-visible,
  .result-heading:focus-visible {
    outline: 3px solid var(--_sk-color-focus);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 var(--_sk-space);
  }
  .intro,
  .help,
  .hint {
    max-width: 60ch;
  }
  .help,
  .hint {
    color: var(--_sk-color-muted);
  }
  .hint {
    margin-bottom: 0.5rem;
  }

  /* Progress */
  .progress {
    margin: 0 0 var(--_sk-space);
  }
  .progress-text {
    margin: 0 0 0.375rem;
    font-weight: 600;
  }
  .progress-bar {
    height: 0.5rem;
    border-radius: 999px;
    background: var(--_sk-color-surface);
    outline: 1px solid var(--_sk-color-border);
    overflow: hidden;
  }
  .progress-fill {
    display: block;
    height: 100%;
    background: var(--_sk-color-primary);
    transform: scaleX(0);
    transform-origin: left center;
    transition: transform var(--_sk-transition);
  }

  /* Answers: large targets */
  .answers {
    display: grid;
    gap: 0.75rem;
    margin: 0 0 var(--_sk-space);
    padding: 0;
    list-style: none;
  }
  .answer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    width: 100%;
    min-height: 3.5rem;
    padding: 0.75em 1em;
    border: 2px solid var(--_sk-color-primary);
    border-radius: var(--_sk-radius);
    background: var(--samskab-guide-answer-background, var(--_sk-color-bg));
    color: var(--_sk-color-primary);
    font: inherit;
    font-size: 1.0625em;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
    transition: background-color var(--_sk-transition);
  }
  .answer:hover {
    background: var(--_sk-color-surface);
  }
  .answer.chosen {
    border-width: 4px;
    padding: calc(0.75em - 2px) calc(1em - 2px);
  }
  .chosen-mark {
    font-weight: 400;
    color: var(--_sk-color-text);
  }
  .or,
  .or-choose {
    margin: 0 0 0.75rem;
    font-weight: 600;
  }
  fieldset {
    margin: 0 0 var(--_sk-space);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 3.5rem;
    margin: 0 0 0.75rem;
    padding: 0.5em 1em;
    border: 2px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    background: var(--samskab-guide-answer-background, var(--_sk-color-bg));
  }
  .choice:has(input:checked) {
    border-color: var(--_sk-color-primary);
    background: var(--_sk-color-surface);
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_sk-color-primary);
  }
  .choice label {
    flex: 1;
    padding: 0.25em 0;
    font-size: 1.0625em;
    cursor: pointer;
  }
  .field-error {
    padding-left: 0.75rem;
    border-left: 4px solid var(--_sk-color-error);
    color: var(--_sk-color-error);
    font-weight: 600;
  }
  .place-form {
    margin: 0 0 var(--_sk-space);
  }
  .place-form label {
    display: block;
    font-weight: 600;
  }
  .place-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .place-row input {
    flex: 1 1 10rem;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    font: inherit;
    color: var(--_sk-color-text);
    background: var(--_sk-color-bg);
  }
  .place-row input[aria-invalid='true'] {
    border-color: var(--_sk-color-error);
  }

  /* Back, change, restart */
  .link-button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2.75rem;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_sk-color-primary);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 2px;
  }
  .back {
    margin: 0 0 0.5rem;
  }

  /* Result */
  .outcome {
    margin: 0 0 var(--_sk-space);
  }
  .outcome-text {
    max-width: 60ch;
  }
  .contacts-heading,
  .offers-heading,
  .outcome-heading {
    font-size: 1.125em;
  }
  .cards {
    display: grid;
    gap: var(--_sk-space);
    margin: 0 0 var(--_sk-space);
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--_sk-space);
    border: 1px solid var(--_sk-color-border);
    border-left: 4px solid var(--_sk-color-primary);
    border-radius: var(--_sk-radius);
  }
  .card p {
    margin-bottom: 0.5em;
  }
  .contact-name,
  .offer-title {
    font-size: 1.0625em;
  }
  .role {
    color: var(--_sk-color-muted);
  }
  .details {
    margin: 0;
  }
  .details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .details dt {
    font-weight: 600;
  }
  .details dt::after {
    content: ':';
  }
  .details dd {
    margin: 0;
    min-width: 0;
  }

  /* Your answers */
  .summary {
    margin: var(--_sk-space) 0;
    padding: var(--_sk-space);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-surface);
  }
  .summary-heading {
    font-size: 1.125em;
  }
  .summary-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .summary-list li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 var(--_sk-space);
    padding: 0.5rem 0;
    border-top: 1px solid var(--_sk-color-border);
  }
  .summary-list li:first-child {
    border-top: 0;
  }
  .summary-question {
    grid-column: 1;
    color: var(--_sk-color-muted);
  }
  .summary-answer {
    grid-column: 1;
    font-weight: 600;
  }
  .summary-list .link-button {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: center;
  }
  .actions {
    margin: var(--_sk-space) 0 0;
  }

  /* Quick exit */
  .exit-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_sk-space);
    padding: 0.5rem 0;
    background: var(--_sk-color-bg);
  }
  .quick-exit {
    min-height: 3rem;
    padding: 0.5em 1.25em;
    border: 2px solid var(--samskab-guide-exit-background, var(--_sk-color-accent));
    border-radius: var(--_sk-radius);
    background: var(--samskab-guide-exit-background, var(--_sk-color-accent));
    color: var(--_sk-color-on-primary);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .quick-exit:hover {
    text-decoration: underline;
  }
  .exit-hint {
    flex: 1 1 14rem;
    margin: 0;
    font-size: 0.9375em;
  }
  @media (forced-colors: active) {
    .answer,
    .quick-exit,
    .choice {
      border-color: ButtonText;
    }
    .progress-fill {
      background: Highlight;
    }
  }
`;
