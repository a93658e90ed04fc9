import { IasEvent } from '@ias-kit/ui';
import type { CaseListFilter, CaseListRow } from '../core.js';

/**
 * `ias-case-list-export`: the user asked for a CSV of the filtered list. Cancel it
 * (`preventDefault()`) to handle `csv` yourself; otherwise the element offers the file as a
 * download through a Blob URL (no network).
 */
export class IasCaseListExportEvent extends IasEvent {
  static readonly eventName = 'ias-case-list-export';
  /** The CSV text (RFC 4180, CRLF) of the filtered, sorted rows. */
  readonly csv: string;
  /** The number of rows in `csv`. */
  readonly count: number;
  constructor(csv: string, count: number) {
    super(IasCaseListExportEvent.eventName, { cancelable: true });
    this.csv = csv;
    this.count = count;
  }
}

/** `ias-case-open`: the user opened a person's row; the host navigates to the case. */
export class IasCaseOpenEvent extends IasEvent {
  static readonly eventName = 'ias-case-open';
  /** The case id. */
  readonly caseId: string;
  /** The row. */
  readonly row: CaseListRow;
  constructor(row: CaseListRow) {
    super(IasCaseOpenEvent.eventName);
    this.caseId = row.id;
    this.row = row;
  }
}

/** `ias-case-list-filter-change`: the user changed the filter (to keep it in the host's URL). */
export class IasCaseListFilterChangeEvent extends IasEvent {
  static readonly eventName = 'ias-case-list-filter-change';
  /** The new filter. */
  readonly filter: CaseListFilter;
  constructor(filter: CaseListFilter) {
    super(IasCaseListFilterChangeEvent.eventName);
    this.filter = filter;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ias-case-list-export': IasCaseListExportEvent;
    'ias-case-open': IasCaseOpenEvent;
    'ias-case-list-filter-change': IasCaseListFilterChangeEvent;
  }
}
