import { LOCALES, type Locale } from '../localize/localize-controller.js';

/** Runs `fn` once per supported locale; used to prove every element renders in de, fr, it and en. */
export async function forEachLocale(fn: (locale: Locale) => Promise<void> | void): Promise<void> {
  for (const locale of LOCALES) await fn(locale);
}
