import { css } from 'lit';
import { token } from '@ias-kit/ui';

export const formStyles = css`
  @layer ias-component {
    form {
      display: block;
    }
    .summary {
      border: 2px solid ${token('color-error')};
      border-radius: ${token('radius')};
      padding: ${token('space-s')} ${token('space-m')};
      margin-block-end: ${token('space-m')};
    }
    .summary-title {
      font-weight: 700;
      margin: 0 0 ${token('space-xs')};
    }
    .summary a {
      color: ${token('color-error')};
    }
    .schema-error {
      border: 2px solid ${token('color-error')};
      border-radius: ${token('radius')};
      padding: ${token('space-s')} ${token('space-m')};
      color: ${token('color-text')};
    }
    .role-notice {
      margin: 0 0 ${token('space-m')};
      border-inline-start: 4px solid ${token('color-status-warn')};
      padding: ${token('space-s')} ${token('space-m')};
      color: ${token('color-text')};
    }
    .submit {
      font: inherit;
      color: ${token('color-primary-contrast')};
      background: ${token('color-primary')};
      border: 0;
      border-radius: ${token('radius')};
      padding: ${token('space-s')} ${token('space-l')};
      cursor: pointer;
    }
  }
`;
