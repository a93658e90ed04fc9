import { css } from 'lit';
import { token } from '../tokens/tokens.js';

export const selectStyles = css`
  @layer ias-component {
    :host {
      display: inline-flex;
      flex-direction: column;
      gap: 0.125rem;
      vertical-align: bottom;
      max-inline-size: 100%;
    }
    :host([inline]) {
      flex-direction: row;
      align-items: center;
      gap: ${token('space-xs')};
    }
    [part='label'] {
      font-size: ${token('font-size-small')};
      color: var(--ias-select-label-color, ${token('color-text-muted')});
    }
    .wrap {
      position: relative;
      display: inline-grid;
      max-inline-size: 100%;
    }
    [part='select'] {
      appearance: none;
      box-sizing: border-box;
      min-block-size: var(--ias-control-height, 2rem);
      min-inline-size: 24px;
      max-inline-size: 100%;
      margin: 0;
      padding-block: 0;
      padding-inline: 0.5rem 1.75rem;
      border: 1px solid var(--ias-select-border-color, ${token('color-border')});
      border-radius: var(--ias-select-radius, ${token('radius')});
      background: var(--ias-select-bg, ${token('color-surface')});
      color: ${token('color-text')};
      font: inherit;
      line-height: 1.2;
      text-overflow: ellipsis;
      cursor: pointer;
    }
    :host([size='small']) [part='select'] {
      --ias-control-height: var(--ias-control-height-small, 1.5rem);
      min-block-size: max(24px, var(--ias-control-height));
      font-size: ${token('font-size-small')};
    }
    .chevron {
      position: absolute;
      inset-inline-end: 0.5rem;
      inset-block-start: 50%;
      inline-size: 0.75rem;
      block-size: 0.75rem;
      margin-block-start: -0.375rem;
      pointer-events: none;
      color: ${token('color-text-muted')};
    }
    [part='select']:focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    [part='select']:disabled {
      cursor: not-allowed;
      opacity: 0.55;
    }
    @media (forced-colors: active) {
      [part='select'] {
        border-color: ButtonText;
      }
      .chevron {
        color: ButtonText;
      }
    }
  }
`;
