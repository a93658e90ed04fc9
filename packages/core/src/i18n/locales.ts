/** The languages of the kit's user interface. Schemas may carry more (for example `rm`) for their own texts. */
export const LOCALES = ['de', 'fr', 'it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

/** A text in several languages, or one plain string used for all. Falls back de → fr → it → en. */
export type LocalizedText = string | Partial<Record<Locale | 'rm', string>>;

/** Normalises a BCP 47 tag (`fr-CH`, `IT`, `en_GB`) to a supported locale, or `undefined`. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined;
}

/** Picks the text for `locale` from a `LocalizedText`, falling back to German, then any language. */
export function pickText(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[locale] ?? text[DEFAULT_LOCALE] ?? text.fr ?? text.it ?? text.en ?? text.rm;
}
