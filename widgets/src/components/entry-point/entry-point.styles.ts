import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--samskab-entry-point-min-height, 16rem);
  }
  .base {
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 0.25em;
    font-size: var(--samskab-entry-point-heading-size, 1.75em);
    font-weight: var(--_sk-heading-weight);
    line-height: 1.2;
  }
  .intro {
    margin: 0 0 var(--_sk-space);
    max-width: 60ch;
  }
  .doors {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_sk-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 42rem) {
    .doors {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .door {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    height: 100%;
    padding: calc(var(--_sk-space) * 1.25);
    border: 2px solid var(--_sk-color-primary);
    border-radius: var(--_sk-radius);
    background: var(--samskab-entry-point-door-background, var(--_sk-color-bg));
    color: var(--_sk-color-text);
    text-decoration: none;
    transition: background-color var(--_sk-transition), transform var(--_sk-transition);
  }
  .door:hover {
    background: var(--_sk-color-surface);
    transform: translateY(-2px);
  }
  .door-title {
    display: flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_sk-color-primary);
    font-size: 1.25em;
    font-weight: var(--_sk-heading-weight);
    line-height: 1.25;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .door-title svg {
    flex: none;
    width: 1.5em;
    height: 1.5em;
  }
  .door-text {
    margin: 0;
  }
`;
