import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--samskab-opportunity-list-min-height, 28rem);
  }
  .sk-tags .commitment {
    border-color: var(--_sk-color-primary);
    color: var(--_sk-color-primary);
    font-weight: 600;
  }
`;
