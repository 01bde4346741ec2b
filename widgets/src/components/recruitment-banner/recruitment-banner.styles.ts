import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--samskab-banner-min-height, 18rem);
  }
  :host([layout='compact']) {
    min-height: var(--samskab-banner-min-height, 10rem);
  }
  .banner {
    display: grid;
    align-content: center;
    container-type: inline-size;
    border-radius: var(--_sk-radius);
    background: var(--samskab-banner-background, var(--_sk-color-surface));
    overflow: hidden;
  }
  .layout {
    display: grid;
    grid-template-columns: 1fr;
  }
  .media {
    margin: 0;
  }
  .media img {
    display: block;
    width: 100%;
    aspect-ratio: 3 / 2;
    object-fit: cover;
  }
  .credit {
    padding: 0.25rem calc(var(--_sk-space) * 0.75);
    font-size: 0.8125em;
    color: var(--_sk-color-muted);
  }
  .content {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_sk-space) * 0.5);
    padding: calc(var(--_sk-space) * 1.25);
    min-width: 0;
  }
  .eyebrow {
    margin: 0;
    font-weight: 600;
    color: var(--_sk-color-accent);
  }
  .headline {
    margin: 0;
    font-size: var(--samskab-banner-headline-size, 1.75em);
    font-weight: var(--_sk-heading-weight);
    line-height: 1.2;
  }
  .pitch {
    margin: 0 0 calc(var(--_sk-space) * 0.5);
    max-width: 60ch;
  }
  @container (min-width: 40rem) {
    .layout--wide {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
      align-items: center;
    }
    .layout--wide .media img {
      aspect-ratio: 4 / 3;
    }
  }
  .layout--compact .headline {
    font-size: var(--samskab-banner-headline-size, 1.3em);
  }
  .layout--compact .media img {
    aspect-ratio: 16 / 9;
  }
  @container (min-width: 28rem) {
    .layout--compact {
      grid-template-columns: 9rem minmax(0, 1fr);
      align-items: center;
    }
    .layout--compact .media img {
      aspect-ratio: 1;
    }
    .layout--compact .credit {
      font-size: 0.75em;
    }
  }
`;
