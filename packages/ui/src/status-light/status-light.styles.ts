import { css } from 'lit';
import { token } from '../tokens/tokens.js';

export const statusLightStyles = css`
  @layer ias-component {
    :host {
      display: inline-block;
    }
    [part='base'] {
      display: inline-flex;
      align-items: center;
      gap: ${token('space-xs')};
    }
    [part='indicator'] {
      inline-size: var(--ias-status-light-size, 1em);
      block-size: var(--ias-status-light-size, 1em);
      flex: none;
    }
    .ok {
      color: ${token('color-status-ok')};
    }
    .warn {
      color: ${token('color-status-warn')};
    }
    .critical {
      color: ${token('color-status-critical')};
    }
    .unknown {
      color: ${token('color-text-muted')};
    }
    @media (forced-colors: active) {
      [part='indicator'] {
        color: CanvasText;
      }
    }
  }
`;
