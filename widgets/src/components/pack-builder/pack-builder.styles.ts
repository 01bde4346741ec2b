import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--samskab-pack-builder-min-height, 24rem);
  }
  .builder {
    display: grid;
    gap: var(--_sk-space);
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    font-weight: var(--_sk-heading-weight);
    line-height: 1.2;
  }
  .intro,
  .help,
  .muted {
    margin: 0;
    color: var(--_sk-color-muted);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .steps li {
    counter-increment: step;
    color: var(--_sk-color-muted);
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps li.current {
    color: var(--_sk-color-primary);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  .steps li.done {
    color: var(--_sk-color-text);
  }
  .step-heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .step-number {
    font-weight: 400;
    color: var(--_sk-color-muted);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: grid;
    gap: 0.75rem;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5rem;
  }
  .choice {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.75rem;
    border: 1px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-bg);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_sk-color-primary);
    box-shadow: inset 0 0 0 2px var(--_sk-color-primary);
  }
  .choice input {
    margin: 0.25rem 0 0;
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
  }
  .choice-text {
    display: grid;
    gap: 0.125rem;
    min-width: 0;
  }
  .photos {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  .choice.photo {
    flex-direction: column;
  }
  .choice.photo img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: calc(var(--_sk-radius) / 2);
  }
  .unavailable ul {
    margin: 0.5rem 0 0;
  }
  .texts-layout {
    display: grid;
    gap: calc(var(--_sk-space) * 1.5);
    container-type: inline-size;
  }
  @media (min-width: 56rem) {
    .texts-layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: start;
    }
  }
  .fields {
    display: grid;
    gap: var(--_sk-space);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field label {
    font-weight: 700;
  }
  .field .help {
    font-size: 0.9375em;
  }
  input[type='text'],
  textarea {
    font: inherit;
    color: inherit;
    width: 100%;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--_sk-color-border);
    border-radius: calc(var(--_sk-radius) / 2);
    background: var(--_sk-color-bg);
  }
  textarea {
    resize: vertical;
  }
  .field.invalid input,
  .field.invalid textarea {
    border: 2px solid var(--_sk-color-error);
  }
  .error {
    color: var(--_sk-color-error);
    font-weight: 700;
  }
  .previews-box h4 {
    margin: 0;
    font-size: 1.0625em;
  }
  .previews {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
    gap: 0.75rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    align-items: end;
  }
  .previews figure {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .previews img {
    display: block;
    width: 100%;
    height: auto;
    border: 1px solid var(--_sk-color-border);
  }
  .previews figcaption {
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: var(--_sk-space);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 1.5rem;
    margin-top: 0.5rem;
  }
  .progress progress {
    width: min(12rem, 40%);
  }
  .notice {
    margin: 0;
    padding: var(--_sk-space);
    border-left: 4px solid var(--_sk-color-error);
    background: var(--_sk-color-surface);
  }
  .done {
    display: grid;
    gap: 0.5rem;
  }
  .done p {
    margin: 0;
  }
`;
