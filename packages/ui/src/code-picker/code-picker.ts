import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { IasFieldControl, fieldControlStyles } from '../field-control/field-control.js';
import { LocalizeController } from '../localize/localize-controller.js';
import { codeOptions, countryName, languageName, type CodeOption } from '../localize/code-names.js';
import { token } from '../tokens/tokens.js';
import { codePickerMessages } from './code-picker.l10n.js';
import { CODE_PICKER_KINDS, type CodePickerKind } from './code-picker.types.js';

const MAX_SHOWN = 60;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A searchable picker of a country or a language (an editable combobox with a list, after the ARIA
 * Authoring Practices). People read and type names in their own language ("Afghanistan", "Persisch");
 * the value is the ISO code (`AF`, `fa`). Names come from `Intl.DisplayNames`, with the few it lacks filled
 * in by the kit. Typing filters the list and highlights the first match, so Enter picks it.
 *
 * Keys: type to search · ArrowDown / ArrowUp move in the list (ArrowDown also opens it) · Enter picks ·
 * Escape closes the list (a second Escape restores the chosen name) · Tab leaves (an exact match is taken).
 *
 * @tagname ias-code-picker
 * @summary Country or language picker: names in the reader's language, ISO codes stored.
 * @since 0.2
 * @status experimental
 *
 * @event input - When the value changes.
 * @event change - When the value changes (a name was picked or the field emptied).
 *
 * @csspart label - The label.
 * @csspart control - The text input (role `combobox`).
 * @csspart listbox - The list of matches.
 * @csspart option - One match.
 * @csspart help - The help text.
 * @csspart error - The error message.
 */
export class IasCodePicker extends IasFieldControl {
  static override styles = [
    ...fieldControlStyles,
    css`
      @layer ias-component {
        .wrap {
          position: relative;
          max-inline-size: var(--ias-form-control-max-width, 40rem);
        }
        [role='listbox'] {
          position: absolute;
          z-index: 10;
          inset-inline: 0;
          margin: 2px 0 0;
          padding: 0;
          list-style: none;
          max-block-size: 16rem;
          overflow-y: auto;
          background: ${token('color-surface')};
          border: 1px solid ${token('color-border')};
          border-radius: ${token('radius')};
          box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
        }
        [role='option'] {
          padding: ${token('space-xs')} ${token('space-s')};
          cursor: pointer;
        }
        [role='option'][aria-selected='true'] {
          background: ${token('color-primary')};
          color: ${token('color-primary-contrast')};
        }
        .none {
          padding: ${token('space-xs')} ${token('space-s')};
          color: ${token('color-text-muted')};
        }
      }
    `,
  ];

  /** `country` (ISO 3166-1 alpha-2) or `language` (ISO 639); default from the schema's `x-ias-widget`, else `country`. */
  @property() kind?: CodePickerKind;

  @state() private text?: string;
  @state() private open = false;
  @state() private active = 0;

  private readonly l10n = new LocalizeController(this, codePickerMessages);
  private options: CodeOption[] = [];
  private optionsFor = '';

  private get effectiveKind(): CodePickerKind {
    const hinted = this.schema?.widget ?? (this.schema?.pattern === '^[a-z]{2,3}$' ? 'language' : undefined);
    return (
      this.kind ??
      ((CODE_PICKER_KINDS as readonly string[]).includes(hinted ?? '')
        ? (hinted as CodePickerKind)
        : 'country')
    );
  }

  /** The name of the current value (the code itself when no name is known). */
  get displayName(): string {
    const v = this.value;
    if (typeof v !== 'string' || v === '') return '';
    return this.effectiveKind === 'language'
      ? languageName(v, this.l10n.locale)
      : countryName(v, this.l10n.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = `${this.effectiveKind}|${this.l10n.locale}`;
    if (key !== this.optionsFor) {
      this.optionsFor = key;
      this.options = codeOptions(this.effectiveKind, this.l10n.locale);
    }
    if (changed.has('value') && this.text !== undefined && !this.open) this.text = undefined;
  }

  private found(): CodeOption[] {
    const q = fold((this.text ?? '').trim());
    if (!q) return this.options.slice(0, MAX_SHOWN);
    const starts: CodeOption[] = [];
    const contains: CodeOption[] = [];
    for (const o of this.options) {
      const name = fold(o.name);
      if (name.startsWith(q) || o.code.toLowerCase() === q) starts.push(o);
      else if (name.includes(q)) contains.push(o);
    }
    return [...starts, ...contains].slice(0, MAX_SHOWN);
  }

  private pick(o: CodeOption | undefined): void {
    this.open = false;
    this.text = undefined;
    if (o && o.code !== this.value) this.commit(o.code);
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    this.open = true;
    this.active = 0;
    if (this.text.trim() === '' && this.value !== undefined) this.commit(undefined);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (this.readonly) return;
    const list = this.open ? this.found() : [];
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.open) {
          this.open = true;
          this.active = 0;
        } else this.active = Math.min(this.active + 1, list.length - 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (this.open) this.active = Math.max(this.active - 1, 0);
        break;
      case 'Enter':
        if (this.open) {
          e.preventDefault();
          this.pick(list[this.active]);
        }
        break;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          this.open = false;
        } else if (this.text !== undefined) {
          e.preventDefault();
          this.text = undefined;
        }
        break;
      default:
    }
  }

  private onBlur(): void {
    if (this.text === undefined) return;
    const q = fold(this.text.trim());
    const exact = this.options.find((o) => fold(o.name) === q || o.code.toLowerCase() === q);
    const only = this.found();
    this.pick(exact ?? (only.length === 1 ? only[0] : undefined));
  }

  protected override updated(): void {
    if (this.open) this.renderRoot.querySelector(`#o${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  // Options are picked by keyboard through the combobox (aria-activedescendant), so their click needs no key handler.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  protected override render(): TemplateResult {
    const list = this.open ? this.found() : [];
    const kind = this.effectiveKind;
    const shown = this.text ?? this.displayName;
    return html`${this.labelPart()}
      <div class="wrap">
        <input
          id="c"
          part="control"
          type="text"
          role="combobox"
          aria-labelledby="label"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="list"
          aria-activedescendant=${ifDefined(this.open && list.length ? `o${this.active}` : undefined)}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy())}
          ?readonly=${this.readonly}
          ?disabled=${this.formDisabled}
          ?required=${this.required}
          placeholder=${this.readonly ? '' : this.l10n.t(kind === 'language' ? 'placeholderLanguage' : 'placeholderCountry')}
          .value=${live(shown)}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${this.onBlur}
        />
        <ul id="list" part="listbox" role="listbox" aria-label=${this.label} ?hidden=${!this.open}>
          ${
            this.open
              ? list.length
                ? list.map(
                    (o, i) =>
                      html`<li
                        id="o${i}"
                        part="option"
                        role="option"
                        aria-selected=${i === this.active ? 'true' : 'false'}
                        @mousedown=${(e: Event) => e.preventDefault()}
                        @click=${() => this.pick(o)}
                      >
                        ${o.name}
                      </li>`,
                  )
                : html`<li class="none" role="option" aria-disabled="true" aria-selected="false">
                    ${this.l10n.t('noMatch')}
                  </li>`
              : nothing
          }
        </ul>
        <div class="visually-hidden" role="status">
          ${this.open && this.text ? this.l10n.t('matches', { n: list.length }) : ''}
        </div>
      </div>
      ${this.helpAndError()}`;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
