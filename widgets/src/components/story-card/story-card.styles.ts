import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--samskab-story-card-min-height, 14rem);
  }
  .card {
    display: flex;
    flex-direction: column;
    height: 100%;
    border: 1px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    background: var(--samskab-story-card-background, var(--_sk-color-bg));
    overflow: hidden;
  }
  .media {
    margin: 0;
  }
  .media img {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .credit {
    padding: 0.25rem calc(var(--_sk-space) * 0.75) 0;
    font-size: 0.75em;
    color: var(--_sk-color-muted);
  }
  .content {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_sk-space);
    min-width: 0;
  }
  .theme {
    align-self: flex-start;
    margin: 0;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_sk-color-surface);
    color: var(--_sk-color-accent);
    font-size: 0.875em;
    font-weight: 600;
  }
  .title {
    margin: 0;
    font-size: var(--samskab-story-card-title-size, 1.3em);
    font-weight: var(--_sk-heading-weight);
    line-height: 1.25;
  }
  .summary {
    margin: 0;
  }
  .meta {
    margin: 0;
    color: var(--_sk-color-muted);
    font-size: 0.875em;
  }
  details {
    margin-top: 0.25rem;
  }
  summary {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    color: var(--_sk-color-primary);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .body {
    padding-top: 0.5rem;
  }
  .body :is(h2, h3, h4, h5, h6) {
    margin: 1em 0 0.25em;
    line-height: 1.25;
  }
  .body p {
    margin: 0 0 0.75em;
  }
  .body blockquote {
    margin: 0 0 0.75em;
    padding-left: var(--_sk-space);
    border-left: 4px solid var(--_sk-color-accent);
  }
  .body figure {
    margin: 0 0 0.75em;
  }
  .body figcaption {
    font-size: 0.75em;
    color: var(--_sk-color-muted);
  }
`;
