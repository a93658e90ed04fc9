import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { IasElement } from '../base/ias-element.js';
import { LocalizeController } from '../localize/localize-controller.js';
import { baseStyles } from '../styles/base.js';
import { buttonLook } from '../button/button.styles.js';
import {
  BUTTON_VARIANTS,
  CONTROL_SIZES,
  type ButtonVariant,
  type ControlSize,
} from '../button/button.types.js';
import { IasMenuSelectEvent } from './menu.events.js';
import { menuMessages } from './menu.l10n.js';
import { menuStyles } from './menu.styles.js';
import type { MenuItem } from './menu.types.js';

let nextId = 0;
const GAP = 4;
const MARGIN = 8;

/** The "⋯" of an icon-only menu trigger (class `dots`, hidden from assistive technology); rows that show a
 * same-look button before their menu exists (the task list) use it too. */
export const menuDotsIcon = html`<svg class="dots" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  ${svg`<circle cx="3" cy="8" r="1.6" fill="currentColor"/><circle cx="8" cy="8" r="1.6" fill="currentColor"/><circle cx="13" cy="8" r="1.6" fill="currentColor"/>`}
</svg>`;
/**
 * The kit's one menu button: a trigger in the kit's button look and a list of actions, following
 * the WAI-ARIA menu button pattern. One tab stop; Enter, Space or ArrowDown open it on the first
 * item, ArrowUp on the last; ArrowUp/Down, Home/End and the first letter move between items; Enter
 * or Space choose; Escape closes and returns focus to the trigger; Tab closes and moves on. The list
 * opens in the top layer (`popover`), placed inside the viewport, so a scrolling table or a 320 px
 * screen never clips it.
 *
 * @tagname ias-menu
 * @summary Menu button with a list of actions (one tab stop).
 * @since 0.2
 * @status experimental
 *
 * @event {IasMenuSelectEvent} ias-menu-select - The user chose an item. Fields: `value: string`, `item: MenuItem`.
 * @csspart trigger - The button that opens the menu.
 * @csspart menu - The list of items (`role="menu"`).
 * @csspart item - One item (`role="menuitem"`).
 * @cssproperty --ias-menu-bg - Background of the list (default `--ias-color-surface`).
 * @cssproperty --ias-menu-item-active-bg - Background of the focused item (default `--ias-color-primary`).
 * @cssproperty --ias-menu-item-active-fg - Text of the focused item (default `--ias-color-primary-contrast`).
 * @cssproperty --ias-control-height - Minimum height of the trigger (default `2rem`).
 */
export class IasMenu extends IasElement {
  static override styles = [baseStyles, buttonLook, menuStyles];

  /** The actions. */
  @property({ attribute: false }) items: MenuItem[] = [];

  /** The trigger's text; defaults to the localized "Actions". */
  @property() label?: string;

  /** Shows only an icon ("⋯") on the trigger; the label stays its accessible name. */
  @property({ type: Boolean, attribute: 'label-hidden', reflect: true }) labelHidden = false;

  /** Added to the trigger's accessible name only, to say what the actions apply to (e.g. a row's title). */
  @property() context?: string;

  /** The trigger's variant (see `<ias-button>`); default `secondary`. */
  @property({ reflect: true }) variant: ButtonVariant = 'secondary';

  /** `medium` (default) or `small`. */
  @property({ reflect: true }) size: ControlSize = 'medium';

  /** Disables the trigger. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * The trigger's `tabindex`: `-1` takes it out of the tab order, e.g. in the rows of a list with a
   * roving tabindex where only the active row's menu is a tab stop.
   */
  @property({ type: Number, attribute: 'trigger-tabindex' }) triggerTabindex?: number;

  /** Whether the list is open. Reflected. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Locale override (`de`, `fr`, `it`, `en`); otherwise the nearest `lang` attribute decides. */
  @property() locale?: string;

  @query('[part="trigger"]') private readonly trigger!: HTMLButtonElement | null;
  @query('[part="menu"]') private readonly menu!: HTMLElement | null;

  private readonly l10n = new LocalizeController(this, menuMessages);
  private readonly menuId = `ias-menu-${++nextId}`;
  private focusOnOpen: 'first' | 'last' | undefined;
  private readonly reposition = (e: Event) => {
    if (this.menu && e.composedPath().includes(this.menu)) return;
    this.place();
  };

  /** Opens the list and focuses its first item. */
  show(focus: 'first' | 'last' = 'first'): void {
    if (this.disabled) return;
    this.focusOnOpen = focus;
    this.open = true;
  }

  /** Closes the list; with `returnFocus` the trigger gets the focus back. */
  hide(returnFocus = false): void {
    this.open = false;
    if (returnFocus) this.trigger?.focus();
  }

  override focus(options?: FocusOptions): void {
    this.trigger?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTracking();
  }

  protected override willUpdate(): void {
    if (!BUTTON_VARIANTS.includes(this.variant)) this.devWarn(`unknown variant "${String(this.variant)}"`);
    if (!CONTROL_SIZES.includes(this.size)) this.devWarn(`unknown size "${String(this.size)}"`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const menu = this.menu;
    if (!menu) return;
    const shown = menu.matches(':popover-open');
    if (this.open && !shown) menu.showPopover();
    else if (!this.open && shown) menu.hidePopover();
  }

  private onBeforeToggle(e: Event): void {
    // Hidden until placed, so it never flashes at the viewport's corner.
    if ((e as ToggleEvent).newState === 'open') this.menu!.style.visibility = 'hidden';
  }

  /** The popover opened or closed: by the trigger (`popovertarget`), `show()`, Escape or a click outside. */
  private async onToggle(e: Event): Promise<void> {
    const menu = this.menu!;
    if ((e as ToggleEvent).newState === 'open') {
      this.open = true;
      // Items render only while open (a list of 50 rows carries 50 closed menus).
      await this.updateComplete;
      this.place();
      menu.style.visibility = '';
      window.addEventListener('scroll', this.reposition, { capture: true, passive: true });
      window.addEventListener('resize', this.reposition, { passive: true });
      const items = this.itemElements();
      (this.focusOnOpen === 'last' ? items[items.length - 1] : items[0])?.focus();
      this.focusOnOpen = undefined;
    } else {
      const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
      this.open = false;
      this.stopTracking();
      if (active && menu.contains(active)) this.trigger?.focus();
    }
  }

  private stopTracking(): void {
    window.removeEventListener('scroll', this.reposition, { capture: true });
    window.removeEventListener('resize', this.reposition);
  }

  /** Places the list below (or above) the trigger, aligned to its end, inside the viewport. */
  private place(): void {
    const menu = this.menu;
    const trigger = this.trigger;
    if (!menu || !trigger) return;
    const r = trigger.getBoundingClientRect();
    const w = menu.offsetWidth;
    const h = menu.offsetHeight;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    const rtl = getComputedStyle(this).direction === 'rtl';
    let left = rtl ? r.left : r.right - w;
    left = Math.max(MARGIN, Math.min(left, vw - w - MARGIN));
    let top = r.bottom + GAP;
    if (top + h > vh - MARGIN && r.top - GAP - h >= MARGIN) top = r.top - GAP - h;
    menu.style.left = `${Math.round(left)}px`;
    menu.style.top = `${Math.round(Math.max(MARGIN, top))}px`;
  }

  private itemElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private onTriggerKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.show(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  }

  private onMenuKey(e: KeyboardEvent): void {
    const items = this.itemElements();
    const at = items.indexOf(e.composedPath()[0] as HTMLElement);
    const move = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'Escape':
        this.hide(true);
        break;
      case 'Tab':
        this.hide();
        return;
      case 'Enter':
      case ' ':
        if (at >= 0) this.choose(this.items[Number(items[at]!.dataset.index)]!);
        break;
      default: {
        if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
        const key = e.key.toLocaleLowerCase();
        const order = [...items.slice(at + 1), ...items.slice(0, at + 1)];
        order.find((el) => el.textContent!.trim().toLocaleLowerCase().startsWith(key))?.focus();
      }
    }
    e.preventDefault();
    e.stopPropagation();
  }

  private onMenuClick(e: MouseEvent): void {
    const el = (e.target as Element).closest<HTMLElement>('[role="menuitem"]');
    if (el) this.choose(this.items[Number(el.dataset.index)]!);
  }

  private choose(item: MenuItem): void {
    if (item.disabled) return;
    this.hide(true);
    this.emit(new IasMenuSelectEvent(item));
  }

  private renderItems(): TemplateResult[] {
    const out: TemplateResult[] = [];
    let i = 0;
    while (i < this.items.length) {
      const group = this.items[i]!.group;
      const start = i;
      while (i < this.items.length && this.items[i]!.group === group) i++;
      const rows = this.items.slice(start, i).map((item, k) => this.renderItem(item, start + k));
      if (group === undefined) out.push(html`${rows}`);
      else {
        const gid = `${this.menuId}-g${start}`;
        out.push(
          html`<div role="group" aria-labelledby=${gid}>
            <span class="group-label" id=${gid} aria-hidden="true">${group}</span>${rows}
          </div>`,
        );
      }
    }
    return out;
  }

  private renderItem(item: MenuItem, index: number): TemplateResult {
    return html`<div
      part="item"
      role="menuitem"
      tabindex="-1"
      class=${item.variant ?? ''}
      data-index=${index}
      data-value=${item.value}
      aria-disabled=${ifDefined(item.disabled ? 'true' : undefined)}
      aria-keyshortcuts=${ifDefined(item.shortcut)}
    >
      <span>${item.label}</span
      >${item.shortcut ? html`<kbd aria-hidden="true">${item.shortcut}</kbd>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const label = this.label ?? this.l10n.t('label');
    const name = this.context ? `${label}: ${this.context}` : label;
    return html`<button
        part="trigger"
        class="button"
        type="button"
        data-variant=${this.variant}
        data-size=${this.size}
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.menuId}
        aria-label=${ifDefined(this.labelHidden || this.context ? name : undefined)}
        ?disabled=${this.disabled}
        tabindex=${ifDefined(this.triggerTabindex)}
        popovertarget=${this.menuId}
        @keydown=${this.onTriggerKey}
      >
        ${
          this.labelHidden
            ? menuDotsIcon
            : html`<span>${label}</span
                ><svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                  ${svg`<path d="M2 4.5l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6"/>`}
                </svg>`
        }
      </button>
      <div
        part="menu"
        id=${this.menuId}
        role="menu"
        aria-label=${label}
        popover="auto"
        @keydown=${this.onMenuKey}
        @click=${this.onMenuClick}
        @beforetoggle=${this.onBeforeToggle}
        @toggle=${this.onToggle}
      >
        ${this.open ? this.renderItems() : nothing}
      </div>`;
  }
}
