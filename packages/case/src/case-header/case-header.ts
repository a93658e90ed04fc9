import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { computeHorizon, formatDate, isStatusChange, type Case } from '@ias-kit/core';
import { baseStyles, caseContext, IasElement, LocalizeController } from '@ias-kit/ui';
import { caseHeaderMessages, type CaseHeaderKey } from './case-header.l10n.js';
import { caseHeaderStyles } from './case-header.styles.js';

/** `dd.mm.yyyy`, or the value as given when it is no `YYYY-MM-DD` date (bad data shows, never throws). */
function date(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return formatDate(value);
  } catch {
    return value;
  }
}

/** `1994-03` → `03.1994`, `1994` → `1994`, a full date → `dd.mm.yyyy` (eCH-0044 partial dates). */
function partialDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-');
  if (d) return date(value);
  return m ? `${m}.${y}` : y;
}

/**
 * The head of one person's case: name, residence status (in words, with the permit), entry date,
 * birth date, the end of the federal responsibility (from `computeHorizon` of `@ias-kit/core`), the
 * case worker and the host's number. Localized (de/fr/it/en), in the kit's type, themable by the
 * `--ias-*` tokens. Without `case` it shows the case of an enclosing `<ias-case>`.
 *
 * @tagname ias-case-header
 * @summary Case header: person, status, entry date, responsibility end and case worker.
 * @since 0.2
 * @status experimental
 *
 * @csspart base - The wrapper (a `<section>` named after the person).
 * @csspart name - The person's name (a heading of `heading-level`).
 * @csspart facts - The list of facts (`<dl>`).
 * @cssproperty --ias-case-header-name-size - Size of the name (default `--ias-font-size-large`).
 * @cssproperty --ias-case-header-border - Line under the header (default 2px subtle border).
 */
export class IasCaseHeader extends IasElement {
  static override styles = [baseStyles, caseHeaderStyles];

  /** The case; defaults to the case of an enclosing `<ias-case>`. */
  @property({ attribute: false }) case?: Case;

  /** Level of the name's heading (1–6; default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Locale override (`de`, `fr`, `it`, `en`); otherwise the nearest `lang` attribute decides. */
  @property() locale?: string;

  private readonly l10n = new LocalizeController(this, caseHeaderMessages);
  private readonly caseConsumer = new ContextConsumer(this, { context: caseContext, subscribe: true });

  private t(key: CaseHeaderKey, params: Record<string, string | number> = {}): string {
    return this.l10n.t(key, params);
  }

  protected override render(): TemplateResult {
    const c = this.case ?? this.caseConsumer.value;
    if (!c) return html`<section part="base"><p>${this.t('noCase')}</p></section>`;
    const p = c.person;
    const name = [p.firstName, p.officialName].filter(Boolean).join(' ');
    const status = [...(c.statusHistory ?? [])].reverse().find(isStatusChange)?.status;
    const statusText = status ? this.t(`status.${status}`) : undefined;
    let until: string | undefined;
    try {
      const h = computeHorizon({
        entryDate: c.entryDate,
        asylumApplicationDate: c.asylumApplicationDate,
        dateOfBirth: p.dateOfBirth,
        statusHistory: c.statusHistory,
      });
      if (h.known) until = formatDate(h.end);
    } catch {
      until = undefined; // invalid dates: the fact shows as "–"
    }
    const none = this.t('none');
    const facts: [CaseHeaderKey, string | undefined][] = [
      ['status', statusText],
      ['entry', date(c.entryDate)],
      ['born', partialDate(p.dateOfBirth)],
      ['until', until],
      ['worker', c.responsibleWorker?.name ?? c.responsibleWorker?.id],
      ['number', p.localPersonId?.personId],
    ];
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<section part="base" aria-label=${this.t('label', { name })}>
      <div part="name" role="heading" aria-level=${level}>${name}</div>
      <dl part="facts">
        ${facts.map(
          ([key, value]) =>
            html`<div class="fact" data-fact=${key}>
              <dt>${this.t(key)}</dt>
              <dd>${value ?? none}</dd>
            </div>`,
        )}
      </dl>
    </section>`;
  }
}
