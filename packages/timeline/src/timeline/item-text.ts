import { countingDeadline, formatDate, PERMIT_OF_STATUS, type CalendarDate } from '@ias-kit/core';
import type { TimelineKey } from './timeline.l10n.js';
import type { AssessmentItem, TimelineItem, TimelineNotice } from './timeline.types.js';

type T = (key: TimelineKey, params?: Record<string, string | number>) => string;

const MEASURE_GLYPH: Record<string, string> = {
  geplant: '○ ',
  angemeldet: '○ ',
  laufend: '▶ ',
  abgeschlossen: '✓ ',
  abgebrochen: '✕ ',
  nicht_angetreten: '✕ ',
};
const MILESTONE_GLYPH: Record<string, string> = {
  reached: '✓ ',
  overdue: '! ',
  'not-applicable': '– ',
  open: '',
};
const KNOWN_TEMPLATES = ['kurzassessment', 'praxisassessment', 'kompetenzerfassung'] as const;

/**
 * Every word the timeline says about an item: the short label drawn beside it ("what and when"),
 * its name, dates and state for the table, and its accessible description. No URL, template id or
 * raw status code reaches the user: assessments are named after their template, statuses in words.
 */
export class ItemText {
  constructor(private readonly t: T) {}

  date(value: CalendarDate | undefined): string {
    if (!value) return this.t('noDate');
    try {
      return formatDate(value);
    } catch {
      return value;
    }
  }

  range(from: CalendarDate, to: CalendarDate): string {
    return from === to ? this.date(from) : this.t('range', { from: this.date(from), to: this.date(to) });
  }

  /** "Kurzassessment" from `https://…/sem-kurzassessment` (or `sem-kurzassessment-1.1.0`). */
  assessmentName(item: AssessmentItem): string {
    const id = item.assessment.templateId ?? '';
    const slug = (id.split(/[/#]/).pop() ?? '')
      .replace(/\.schema\.json$/, '')
      .replace(/-\d+(\.\d+)*$/, '')
      .replace(/^sem-/, '');
    const known = KNOWN_TEMPLATES.find((k) => k === slug);
    if (known) return this.t(`template.${known}`);
    if (!slug || /^https?:/.test(slug)) return this.t('kind.assessment');
    const words = slug.replace(/[-_]+/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  statusName(status: string): string {
    return status === 'FL' || status === 'VA' || status === 'VA-FL'
      ? this.t(`status.${status}`)
      : `${status} (${PERMIT_OF_STATUS[status as keyof typeof PERMIT_OF_STATUS] ?? '?'})`;
  }

  /** The label drawn next to an item: what, and for point items when ("Kurzassessment 15.01.2025"). */
  shortLabel(item: TimelineItem): string {
    const warn = item.problem ? '⚠ ' : '';
    const at = (what: string) =>
      item.start ? this.t('labelAt', { what, date: this.date(item.start) }) : what;
    switch (item.kind) {
      case 'milestone':
        return `${MILESTONE_GLYPH[item.state] ?? ''}${this.t(`msShort.${item.id}`)}`;
      case 'measure':
        return `${warn}${MEASURE_GLYPH[item.status] ?? ''}${item.measure.title ?? ''}`;
      case 'review':
        return at(this.t('kind.review'));
      case 'assessment':
        return at(this.assessmentName(item));
      case 'task':
        return `${item.overdue ? '! ' : ''}${at(item.task.title ?? '')}`;
      case 'status':
        return at(this.statusName(item.status));
    }
  }

  /** Name of an item (table "item" column). */
  itemName(item: TimelineItem): string {
    switch (item.kind) {
      case 'milestone':
        return this.t(`ms.${item.id}`);
      case 'measure':
        return `${item.measure.title ?? ''} (${this.t(`domain.${item.domain}`)})`;
      case 'review':
        return this.t('kind.review');
      case 'assessment':
        return this.assessmentName(item);
      case 'task':
        return item.task.title ?? '';
      case 'status':
        return this.statusName(item.status);
    }
  }

  /** Dates of an item as text. */
  itemDates(item: TimelineItem): string {
    if (item.kind === 'measure') {
      const parts: string[] = [];
      if (item.planned)
        parts.push(this.t('planned', { range: this.range(item.planned.start, item.planned.end) }));
      if (item.actual) {
        const range = item.actual.openEnd
          ? this.t('since', { date: this.date(item.actual.start) })
          : this.range(item.actual.start, item.actual.end);
        parts.push(this.t('actual', { range }));
      }
      return parts.length ? parts.join(', ') : this.t('noDate');
    }
    if (item.kind === 'task')
      return item.start ? this.t('due', { date: this.date(item.start) }) : this.t('noDate');
    if (item.kind === 'milestone' && item.milestone.applicable && item.milestone.latestDueDate) {
      return this.range(item.milestone.dueDate, item.milestone.latestDueDate);
    }
    // The indicators count a goal milestone until 31 December: both deadlines where they differ.
    const counts =
      item.kind === 'milestone' ? countingDeadline(item.milestone.id, item.milestone.dueDate) : undefined;
    if (counts)
      return `${this.date(item.start)} · ${this.t('countsFor', { year: counts.year, date: this.date(counts.until) })}`;
    return this.date(item.start);
  }

  /** State of an item as words. */
  itemState(item: TimelineItem): string {
    switch (item.kind) {
      case 'milestone':
        return item.milestone.applicable
          ? this.t(`state.${item.state}`)
          : `${this.t('state.not-applicable')} (${this.t(`reason.${item.milestone.reason}`)})`;
      case 'measure':
        return this.t(`measure.${item.status}`);
      case 'task':
        return item.overdue ? this.t('state.overdue') : this.t('state.open');
      case 'assessment':
        return item.assessment.status === 'draft' || item.assessment.status === 'final'
          ? this.t(`assessment.${item.assessment.status}`)
          : '';
      default:
        return '';
    }
  }

  problemText(item: TimelineItem): string {
    return item.problem ? this.noticeText({ code: item.problem, subject: this.itemName(item) }) : '';
  }

  /** Everything a screen reader announces for an item: kind, name (with the visible label), dates, state. */
  describe(item: TimelineItem): string {
    const name = this.itemName(item);
    // the accessible name must contain the visible label (WCAG 2.5.3), without its status glyphs
    const visible = this.shortLabel(item).replace(/^[^\p{L}\p{N}]+/u, '');
    const named =
      visible.includes(name) || name.includes(visible)
        ? visible.length > name.length
          ? visible
          : name
        : `${visible} – ${name}`;
    const dates = this.itemDates(item);
    const parts = [named.includes(dates) ? '' : dates, this.itemState(item), this.problemText(item)].filter(
      Boolean,
    );
    return `${this.t(`kind.${item.kind}`)}: ${named}${parts.length ? `, ${parts.join(', ')}` : ''}`;
  }

  noticeText(n: TimelineNotice): string {
    const reason = n.reason ? this.t(`reason.${n.reason}` as TimelineKey) : '';
    return this.t(`notice.${n.code}`, { subject: n.subject ?? '?', reason });
  }
}
