import { css } from 'lit';
import { token } from '../tokens/tokens.js';

export const menuStyles = css`
  @layer ias-component {
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    .chevron {
      inline-size: 0.75rem;
      block-size: 0.75rem;
      flex: none;
    }
    .dots {
      inline-size: 1rem;
      block-size: 1rem;
      flex: none;
    }
    [part='menu'] {
      position: fixed;
      inset: auto;
      margin: 0;
      box-sizing: border-box;
      min-inline-size: 10rem;
      max-inline-size: calc(100vw - 16px);
      max-block-size: min(24rem, calc(100vh - 16px));
      overflow: auto;
      padding: ${token('space-xs')} 0;
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: var(--ias-menu-bg, ${token('color-surface')});
      color: ${token('color-text')};
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
      font-family: ${token('font-family')};
      font-size: ${token('font-size')};
      line-height: 1.3;
    }
    [part='menu']:not(:popover-open) {
      display: none;
    }
    .group-label {
      display: block;
      padding: ${token('space-xs')} ${token('space-s')} 0;
      font-size: ${token('font-size-small')};
      font-weight: 600;
      color: ${token('color-text-muted')};
    }
    [part~='item'] {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: ${token('space-m')};
      min-block-size: 2rem;
      padding: 0 ${token('space-s')};
      cursor: pointer;
      white-space: nowrap;
    }
    [part~='item'].danger {
      color: ${token('color-error')};
    }
    [part~='item']:hover,
    [part~='item']:focus {
      outline: none;
      background: var(--ias-menu-item-active-bg, ${token('color-primary')});
      color: var(--ias-menu-item-active-fg, ${token('color-primary-contrast')});
    }
    [part~='item'][aria-disabled='true'] {
      cursor: not-allowed;
      color: ${token('color-text-muted')};
      background: none;
    }
    [part~='item'][aria-disabled='true']:focus {
      outline: 2px solid ${token('color-focus')};
      outline-offset: -2px;
    }
    kbd {
      font: inherit;
      font-size: ${token('font-size-small')};
      opacity: 0.8;
    }
    @media (forced-colors: active) {
      [part='menu'] {
        border-color: CanvasText;
      }
      [part~='item']:focus,
      [part~='item']:hover {
        background: Highlight;
        color: HighlightText;
        forced-color-adjust: none;
      }
    }
  }
`;
