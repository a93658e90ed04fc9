import { css } from 'lit';
import { token } from '../tokens/tokens.js';

/**
 * Shared element styles: display, `[hidden]`, typography from tokens, a visible focus ring and the
 * `.visually-hidden` helper for text alternatives. Wrapped in `@layer ias-component` so a host's
 * `::part` rules win without `!important`.
 */
export const baseStyles = css`
  @layer ias-component {
    :host {
      display: block;
      box-sizing: border-box;
      color: ${token('color-text')};
      font-family: ${token('font-family')};
      font-size: ${token('font-size')};
      line-height: ${token('line-height')};
    }
    :host([hidden]) {
      display: none !important;
    }
    /* border-box set on each element, not inherited: with 'inherit' a style change on any element
       restyles its whole subtree (the timeline's zoom restyled every shape of a moved item). */
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    :focus-visible {
      outline: 2px solid ${token('color-focus')};
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    @media print {
      :focus-visible {
        outline: none;
      }
    }
  }
`;
