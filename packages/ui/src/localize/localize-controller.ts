import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { DEFAULT_LOCALE, LOCALES, toLocale, type Locale } from '@ias-kit/core';

export { DEFAULT_LOCALE, LOCALES, toLocale, type Locale };

/** A message: plain text with `{name}` placeholders, or a function of the parameters. Never markup. */
export type Message = string | ((params: Record<string, string | number>) => string);
/** One locale's messages: every key must be present, so a missing translation is a type error. */
export type Catalog<K extends string> = Record<K, Message>;
/** The messages of one element in every supported locale. */
export type Catalogs<K extends string> = Record<Locale, Catalog<K>>;
/** A host's overrides of its messages by key (its `strings` property): plain text with `{name}` placeholders. */
export type Overrides<K extends string> = Partial<Record<K, string>>;

/** The nearest `lang` attribute of `el`, crossing shadow roots, then the document's, else `undefined`. */
export function nearestLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

type Host = ReactiveControllerHost & HTMLElement & { locale?: string };

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function observeDocumentLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Per-element localization: an embedded kit must not configure the whole page (style.md, rule 10).
 *
 * The locale is, in order: the host's `locale` property, the nearest `lang` attribute (crossing shadow
 * roots), `<html lang>`, then German. Changes of `<html lang>` re-render every connected host.
 * Dates are formatted `dd.mm.yyyy` and numbers with `Intl` in the Swiss variant of the locale.
 *
 * Every visible string is overridable (style.md, rule 10): pass the host's `strings` property as
 * `overrides` (`new LocalizeController(this, catalogs, () => this.strings)`) and `t()` prefers an
 * override, in any locale, over the catalogue; its `{name}` placeholders are filled the same way.
 */
export class LocalizeController<K extends string> implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly catalogs: Catalogs<K>,
    private readonly overrides: () => Overrides<K> | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observeDocumentLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The resolved locale. */
  get locale(): Locale {
    return toLocale(this.host.locale) ?? toLocale(nearestLang(this.host)) ?? DEFAULT_LOCALE;
  }

  /** The Intl locale tag used for numbers and dates, e.g. `de-CH`. */
  get intlLocale(): string {
    return this.locale === 'en' ? 'en-CH' : `${this.locale}-CH`;
  }

  /**
   * Translates `key` (the host's override first), filling `{name}` placeholders from `params`. Bound, so it
   * can be handed to render helpers as is (`{ t: this.l10n.t }`).
   */
  readonly t = (key: K, params: Record<string, string | number> = {}): string => {
    const own = this.overrides()?.[key];
    if (own !== undefined) return fill(own, params);
    return translate(this.catalogs, this.locale, key, params);
  };

  /** Whether `key` is a message of this element (to tell known enumeration values from unknown ones). */
  has(key: string): key is K {
    return Object.hasOwn(this.catalogs[DEFAULT_LOCALE], key);
  }

  /** Formats a number the Swiss way for the current locale (de-CH: 1’234.5). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.intlLocale, options).format(value);
  }
}

/** Looks up `key` in `locale`, falling back to German, and fills `{name}` placeholders. */
export function translate<K extends string>(
  catalogs: Catalogs<K>,
  locale: Locale,
  key: K,
  params: Record<string, string | number> = {},
): string {
  const message = catalogs[locale]?.[key] ?? catalogs[DEFAULT_LOCALE]?.[key];
  // A key no catalogue knows (for example an enum value from unexpected data) shows as itself, never crashes.
  if (message === undefined) return String(key);
  if (typeof message === 'function') return message(params);
  return fill(message, params);
}

/** Fills the `{name}` placeholders of `text` from `params`; unknown names stay as written. */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
