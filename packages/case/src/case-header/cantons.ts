import type { Canton, Locale } from '@ias-kit/core';

/** The official names of the cantons in de / fr / it / en (English uses the customary forms). */
// prettier-ignore
const NAMES: Record<Canton, readonly [de: string, fr: string, it: string, en: string]> = {
  AG: ['Aargau', 'Argovie', 'Argovia', 'Aargau'],
  AI: ['Appenzell Innerrhoden', 'Appenzell Rhodes-Intérieures', 'Appenzello Interno', 'Appenzell Innerrhoden'],
  AR: ['Appenzell Ausserrhoden', 'Appenzell Rhodes-Extérieures', 'Appenzello Esterno', 'Appenzell Ausserrhoden'],
  BE: ['Bern', 'Berne', 'Berna', 'Bern'],
  BL: ['Basel-Landschaft', 'Bâle-Campagne', 'Basilea Campagna', 'Basel-Landschaft'],
  BS: ['Basel-Stadt', 'Bâle-Ville', 'Basilea Città', 'Basel-Stadt'],
  FR: ['Freiburg', 'Fribourg', 'Friburgo', 'Fribourg'],
  GE: ['Genf', 'Genève', 'Ginevra', 'Geneva'],
  GL: ['Glarus', 'Glaris', 'Glarona', 'Glarus'],
  GR: ['Graubünden', 'Grisons', 'Grigioni', 'Grisons'],
  JU: ['Jura', 'Jura', 'Giura', 'Jura'],
  LU: ['Luzern', 'Lucerne', 'Lucerna', 'Lucerne'],
  NE: ['Neuenburg', 'Neuchâtel', 'Neuchâtel', 'Neuchâtel'],
  NW: ['Nidwalden', 'Nidwald', 'Nidvaldo', 'Nidwalden'],
  OW: ['Obwalden', 'Obwald', 'Obvaldo', 'Obwalden'],
  SG: ['St. Gallen', 'Saint-Gall', 'San Gallo', 'St. Gallen'],
  SH: ['Schaffhausen', 'Schaffhouse', 'Sciaffusa', 'Schaffhausen'],
  SO: ['Solothurn', 'Soleure', 'Soletta', 'Solothurn'],
  SZ: ['Schwyz', 'Schwytz', 'Svitto', 'Schwyz'],
  TG: ['Thurgau', 'Thurgovie', 'Turgovia', 'Thurgau'],
  TI: ['Tessin', 'Tessin', 'Ticino', 'Ticino'],
  UR: ['Uri', 'Uri', 'Uri', 'Uri'],
  VD: ['Waadt', 'Vaud', 'Vaud', 'Vaud'],
  VS: ['Wallis', 'Valais', 'Vallese', 'Valais'],
  ZG: ['Zug', 'Zoug', 'Zugo', 'Zug'],
  ZH: ['Zürich', 'Zurich', 'Zurigo', 'Zurich'],
};
const INDEX: Record<Locale, number> = { de: 0, fr: 1, it: 2, en: 3 };

/** A canton's name in `locale` ("Genève"), or the value as given when it is no canton. */
export function cantonName(canton: string, locale: Locale): string {
  return NAMES[canton as Canton]?.[INDEX[locale]] ?? canton;
}
