import { css } from 'lit';
import { token } from '../tokens/tokens.js';

/**
 * The kit's data table (a caption, a rule under each row, small type, cells aligned to the start and top), for
 * the tables elements show beside a chart or a tree (timeline, overlay editor). An element adds its own widths
 * and margins after it in its `styles`.
 */
export const tableStyles = css`
  @layer ias-component {
    table {
      border-collapse: collapse;
      font-size: ${token('font-size-small')};
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: ${token('space-xs')};
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: ${token('space-xs')} ${token('space-s')};
      border-block-end: 1px solid ${token('color-border-subtle')};
    }
  }
`;
