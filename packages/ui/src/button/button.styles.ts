import { css } from 'lit';
import { token } from '../tokens/tokens.js';

/**
 * The look of every push button of the kit: `<ias-button>` and the trigger of `<ias-menu>` share it, so
 * both read the same hooks. A `.button` element with `data-variant` and `data-size` attributes.
 * Each variant reads `--ias-button-<variant>-{bg,fg,border}` before the global colour tokens.
 */
export const buttonLook = css`
  @layer ias-component {
    .button {
      --_bg: var(--ias-button-secondary-bg, ${token('color-surface')});
      --_fg: var(--ias-button-secondary-fg, ${token('color-primary')});
      --_border: var(--ias-button-secondary-border, ${token('color-primary')});
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: ${token('space-xs')};
      box-sizing: border-box;
      min-block-size: var(--ias-control-height, 2rem);
      min-inline-size: max(24px, var(--ias-control-height, 2rem));
      margin: 0;
      padding-block: 0;
      padding-inline: var(--ias-button-padding-inline, 0.75rem);
      border: 1px solid var(--_border);
      border-radius: var(--ias-button-radius, ${token('radius')});
      background: var(--_bg);
      color: var(--_fg);
      font: inherit;
      font-weight: 600;
      line-height: 1.2;
      text-align: center;
      cursor: pointer;
      -webkit-tap-highlight-color: transparent;
    }
    .button[data-size='small'] {
      --ias-control-height: var(--ias-control-height-small, 1.5rem);
      min-block-size: max(24px, var(--ias-control-height));
      padding-inline: var(--ias-button-padding-inline-small, 0.5rem);
      font-size: ${token('font-size-small')};
    }
    .button[data-variant='primary'] {
      --_bg: var(--ias-button-primary-bg, ${token('color-primary')});
      --_fg: var(--ias-button-primary-fg, ${token('color-primary-contrast')});
      --_border: var(--ias-button-primary-border, ${token('color-primary')});
    }
    .button[data-variant='danger'] {
      --_bg: var(--ias-button-danger-bg, ${token('color-surface')});
      --_fg: var(--ias-button-danger-fg, ${token('color-error')});
      --_border: var(--ias-button-danger-border, ${token('color-error')});
    }
    .button[data-variant='quiet'] {
      --_bg: var(--ias-button-quiet-bg, transparent);
      --_fg: var(--ias-button-quiet-fg, ${token('color-primary')});
      --_border: var(--ias-button-quiet-border, transparent);
    }
    .button:hover:not(:disabled):not([aria-disabled='true']) {
      background-image: linear-gradient(rgb(0 0 0 / 0.08), rgb(0 0 0 / 0.08));
    }
    .button:active:not(:disabled) {
      background-image: linear-gradient(rgb(0 0 0 / 0.16), rgb(0 0 0 / 0.16));
    }
    .button[aria-pressed='true'] {
      box-shadow: inset 0 -3px 0 currentColor;
    }
    .button:focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.55;
    }
    @media (forced-colors: active) {
      .button {
        border-color: ButtonText;
        background: ButtonFace;
        color: ButtonText;
        forced-color-adjust: none;
      }
      .button:focus-visible {
        outline-color: Highlight;
      }
      .button:disabled {
        border-color: GrayText;
        color: GrayText;
        opacity: 1;
      }
      .button[aria-pressed='true'] {
        background: Highlight;
        color: HighlightText;
      }
    }
  }
`;

export const buttonStyles = css`
  @layer ias-component {
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    .button {
      inline-size: 100%;
    }
  }
`;
