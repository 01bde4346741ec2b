import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--samskab-portal-min-height, 20rem);
  }
  .portal {
    display: grid;
    gap: var(--_sk-space);
    container-type: inline-size;
  }
  h1,
  h2,
  h3,
  h4 {
    margin: 0;
    font-weight: var(--_sk-heading-weight);
    line-height: 1.25;
  }
  h1 {
    font-size: 1.75em;
  }
  .panel h2,
  .panel-heading {
    font-size: 1.4em;
    margin-bottom: 0.5rem;
  }
  .panel-heading:focus {
    outline: none;
  }
  .panel-heading:focus-visible {
    outline: 3px solid var(--_sk-color-focus);
  }
  p {
    margin: 0 0 0.5rem;
  }
  .login {
    display: grid;
    gap: var(--_sk-space);
    max-width: 26rem;
    padding: var(--_sk-space);
    border: 1px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-bg);
  }
  .field,
  .code {
    display: grid;
    gap: 0.25rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  input[type='text'],
  input[type='password'],
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
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875em;
    resize: vertical;
  }
  .hint,
  .who,
  .status {
    color: var(--_sk-color-muted);
  }
  .notice {
    border-left-color: var(--_sk-color-error);
  }
  .topbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_sk-space);
  }
  .topbar .who {
    margin: 0;
    flex: 1 1 12rem;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--_sk-color-border);
  }
  [role='tab'] {
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-bottom: 0;
    border-radius: var(--_sk-radius) var(--_sk-radius) 0 0;
    background: var(--_sk-color-surface);
    color: var(--_sk-color-text);
    font: inherit;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_sk-color-border);
    background: var(--_sk-color-bg);
    color: var(--_sk-color-primary);
    font-weight: 700;
    margin-bottom: -2px;
    border-bottom: 2px solid var(--_sk-color-bg);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_sk-space);
    margin-bottom: var(--_sk-space);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .filter legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    min-height: 2.75rem;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_sk-color-primary);
  }
  .signups,
  .snippets {
    display: grid;
    gap: var(--_sk-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .signups[aria-busy='true'] {
    opacity: 0.6;
  }
  .signup,
  .snippet {
    display: grid;
    gap: 0.5rem;
    padding: var(--_sk-space);
    border: 1px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-bg);
  }
  .signup article {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .signup--handled {
    background: var(--_sk-color-surface);
  }
  .signup h3,
  .snippet h3 {
    font-size: 1.15em;
  }
  .sk-meta {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  .sk-meta dt {
    font-weight: 600;
  }
  .sk-meta dd {
    margin: 0;
    min-width: 0;
  }
  @container (max-width: 26rem) {
    .sk-meta {
      grid-template-columns: 1fr;
    }
  }
  .message {
    white-space: pre-wrap;
  }
  .message .label {
    font-weight: 600;
  }
  .list-count {
    font-weight: 600;
  }
  .list-count:focus {
    outline: none;
  }
  .pages {
    display: flex;
    gap: 0.5rem;
    justify-content: space-between;
    margin-top: var(--_sk-space);
  }
  .code .sk-button {
    justify-self: start;
  }
`;
