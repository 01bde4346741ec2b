import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--samskab-signup-form-min-height, 30rem);
  }
  form,
  .success {
    display: grid;
    gap: var(--_sk-space);
    max-width: var(--samskab-signup-form-max-width, 36rem);
  }
  h2,
  h3,
  h4,
  h5 {
    margin: 0;
    font-weight: var(--_sk-heading-weight);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.5em;
  }
  p {
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  .required {
    font-weight: 400;
    color: var(--_sk-color-muted);
  }
  .hint {
    color: var(--_sk-color-muted);
    font-size: 0.9375em;
  }
  .count--over {
    color: var(--_sk-color-error);
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_sk-color-border);
    border-radius: calc(var(--_sk-radius) / 2);
    background: var(--_sk-color-bg);
    color: var(--_sk-color-text);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  .group {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
  }
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_sk-color-primary);
  }
  .choice label {
    font-weight: 400;
  }
  .field--error {
    padding-left: 0.75rem;
    border-left: 4px solid var(--_sk-color-error);
  }
  .field--error input[aria-invalid='true'],
  .field--error textarea[aria-invalid='true'] {
    border-color: var(--_sk-color-error);
  }
  .field-error {
    color: var(--_sk-color-error);
    font-weight: 600;
  }
  .summary {
    padding: var(--_sk-space);
    border: 3px solid var(--_sk-color-error);
    border-radius: var(--_sk-radius);
  }
  .summary-title {
    font-weight: 700;
  }
  .summary ul {
    display: grid;
    gap: 0.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_sk-color-error);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .consent {
    display: grid;
    gap: 0.5rem;
    padding: var(--_sk-space);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-surface);
  }
  .consent-title {
    font-size: 1.05em;
  }
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .form-error {
    border-left-color: var(--_sk-color-error);
  }
  .form-error:focus {
    outline: 3px solid var(--_sk-color-focus);
  }
  .sk-button {
    justify-self: start;
  }
  .sk-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .success {
    padding: var(--_sk-space);
    border-left: 4px solid var(--_sk-color-primary);
    background: var(--_sk-color-surface);
    border-radius: var(--_sk-radius);
  }
  .success:focus {
    outline: 3px solid var(--_sk-color-focus);
    outline-offset: 2px;
  }
  .reference {
    font-size: 1.15em;
    letter-spacing: 0.05em;
    white-space: nowrap;
  }
`;
