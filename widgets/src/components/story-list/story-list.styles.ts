import { css } from 'lit';

export const styles = css`
  :host {
    min-height: var(--samskab-story-list-min-height, 20rem);
  }
  .base {
    container-type: inline-size;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--samskab-story-list-column, 16rem)), 1fr));
    gap: var(--_sk-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    display: flex;
    min-width: 0;
  }
  samskab-story-card {
    flex: 1;
    min-height: 0;
  }
`;
