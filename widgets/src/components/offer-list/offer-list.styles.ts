import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--samskab-offer-list-min-height, 28rem);
  }
`;
