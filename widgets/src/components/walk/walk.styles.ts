import { css } from 'lit';

export const styles = css`
  :host {
    --_sk-walk-route: var(--samskab-walk-route-color, var(--_sk-color-primary));
    --_sk-walk-highlight: var(--samskab-walk-highlight, #fff4cc);
    min-height: var(--samskab-walk-min-height, 32rem);
  }
  .walk {
    container-type: inline-size;
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.6em;
    font-weight: var(--_sk-heading-weight);
    line-height: 1.2;
  }
  .intro {
    margin: 0 0 0.5em;
    max-width: 65ch;
  }
  .facts {
    margin: 0 0 var(--_sk-space);
    color: var(--_sk-color-muted);
  }
  .map {
    margin: 0 0 var(--_sk-space);
  }
  .map-image {
    display: block;
    width: 100%;
    height: auto;
    border: 1px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-surface);
  }
  .ground {
    fill: var(--_sk-color-surface);
  }
  .route-casing {
    fill: none;
    stroke: var(--_sk-color-bg);
    stroke-width: 8px;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .route {
    fill: none;
    stroke: var(--_sk-walk-route);
    stroke-width: 4px;
    stroke-linejoin: round;
    stroke-linecap: round;
    stroke-dasharray: 10 6;
    vector-effect: non-scaling-stroke;
  }
  .marker circle {
    fill: var(--_sk-color-bg);
    stroke: var(--_sk-walk-route);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
  }
  .marker text {
    fill: var(--_sk-color-text);
    font-size: 12px;
    font-weight: 700;
    font-family: var(--_sk-font);
  }
  .marker.current circle {
    fill: var(--_sk-color-accent);
    stroke: var(--_sk-color-accent);
  }
  .marker.current text {
    fill: #ffffff;
  }
  .me {
    fill: #1a73e8;
    stroke: #ffffff;
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
  }
  .map-caption {
    margin-top: 0.25rem;
    font-size: 0.875em;
    color: var(--_sk-color-muted);
  }
  .map-caption .note,
  .map-caption .attribution {
    display: block;
  }
  .progress {
    display: grid;
    gap: 0.75rem;
    margin: 0 0 var(--_sk-space);
    padding: var(--_sk-space);
    border: 1px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-surface);
  }
  .now {
    margin: 0;
    font-weight: 700;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .location {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
  }
  .hint,
  .nearest,
  .location-status {
    margin: 0;
  }
  .location-status.denied,
  .location-status.unavailable,
  .location-status.unsupported {
    padding-left: 0.75rem;
    border-left: 4px solid var(--_sk-color-error);
  }
  .offer {
    display: grid;
    gap: 0.5rem;
    padding: var(--_sk-space);
    border: 3px solid var(--_sk-color-accent);
    border-radius: var(--_sk-radius);
    background: var(--_sk-color-bg);
  }
  .offer-text {
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .stops {
    display: grid;
    gap: var(--_sk-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stop {
    padding: var(--_sk-space);
    border: 1px solid var(--_sk-color-border);
    border-radius: var(--_sk-radius);
    min-width: 0;
  }
  .stop.current {
    border: 3px solid var(--_sk-color-accent);
    background: var(--_sk-walk-highlight);
  }
  .stop-title {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
    line-height: 1.25;
    scroll-margin-top: 1rem;
  }
  .stop-title:focus {
    outline: none;
  }
  .stop-title:focus-visible {
    outline: 3px solid var(--_sk-color-focus);
  }
  .here {
    font-weight: 400;
    font-size: 0.8em;
  }
  .photo {
    margin: 0 0 0.75rem;
  }
  .photo img {
    display: block;
    width: 100%;
    max-height: 16rem;
    object-fit: cover;
    border-radius: var(--_sk-radius);
  }
  .credit {
    font-size: 0.75em;
    color: var(--_sk-color-muted);
  }
  .listen {
    display: grid;
    gap: var(--_sk-space);
  }
  @container (min-width: 40rem) {
    .listen {
      grid-template-columns: minmax(14rem, 1fr) 2fr;
      align-items: start;
    }
    .player {
      position: sticky;
      top: 0.5rem;
    }
  }
  audio {
    display: block;
    width: 100%;
    min-width: 0;
  }
  .length {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_sk-color-muted);
  }
  .sub {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 700;
  }
  .transcript p {
    margin: 0 0 0.6em;
    max-width: 65ch;
  }
  .passage {
    padding: 0.15rem 0.5rem;
    border-left: 4px solid transparent;
    border-radius: 0.25rem;
  }
  .passage.current {
    border-left-color: var(--_sk-color-accent);
    background: var(--_sk-color-bg);
    box-shadow: inset 0 0 0 1px var(--_sk-color-border);
  }
  .time {
    min-height: 2rem;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: var(--_sk-color-primary);
    font: inherit;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    text-decoration: underline;
    cursor: pointer;
  }
  .story {
    margin: var(--_sk-space) 0 0;
  }
  .story summary {
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    color: var(--_sk-color-primary);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .directions {
    margin-top: var(--_sk-space);
  }
  .directions p {
    margin: 0 0 0.5em;
  }
  .next {
    margin-top: 0.25rem;
  }
  @media (forced-colors: active) {
    .stop.current,
    .passage.current,
    .offer {
      border-color: Highlight;
    }
    .route,
    .marker circle {
      stroke: CanvasText;
    }
  }
`;
