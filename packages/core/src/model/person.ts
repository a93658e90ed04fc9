/**
 * The person at the centre of a case, identified eCH-0044 style (domain.md §5.3 [V: S26]).
 * IAS goals are person-level: assessments, plans and milestones belong to a person, never to a
 * household or dossier (domain.md §3.2).
 */
import type { Id, PartialDate } from './common.js';

/** eCH-0044 sex codes: `1` male, `2` female, `3` unknown / indeterminate. */
export const SEX_CODES = ['1', '2', '3'] as const;
export type Sex = (typeof SEX_CODES)[number];

/**
 * eCH-0011 marital status: `1` ledig, `2` verheiratet, `3` verwitwet, `4` geschieden,
 * `5` unverheiratet, `6` eingetragene Partnerschaft, `7` aufgelöste Partnerschaft, `9` unbekannt.
 */
export const MARITAL_STATUSES = ['1', '2', '3', '4', '5', '6', '7', '9'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** eCH-0011 nationality status: `0` unknown, `1` stateless, `2` known (then `country` is set). */
export const NATIONALITY_STATUSES = ['0', '1', '2'] as const;
export type NationalityStatus = (typeof NATIONALITY_STATUSES)[number];

/** eCH-0011 correspondence languages. */
export const CORRESPONDENCE_LANGUAGES = ['de', 'fr', 'it', 'rm', 'en'] as const;
export type CorrespondenceLanguage = (typeof CORRESPONDENCE_LANGUAGES)[number];

/** eCH-0044 `localPersonId` / `otherPersonId`: an identifier in a named register or system. */
export interface NamedPersonId {
  /**
   * Register or system the identifier belongs to, e.g. `CH.ZEMIS` or `CT.ZH.KISS`.
   * @minLength 1
   * @maxLength 20
   */
  personIdCategory: string;
  /**
   * @minLength 1
   * @maxLength 36
   */
  personId: string;
}

/** A country per eCH-0008. */
export interface Country {
  /**
   * ISO 3166-1 alpha-2 code, e.g. `ER` (Eritrea), `AF` (Afghanistan).
   * @pattern ^[A-Z]{2}$
   */
  countryIdISO2: string;
  /**
   * BFS 4-digit country number, e.g. `8100` for Switzerland.
   * @TJS-type integer
   * @minimum 1000
   * @maximum 9999
   */
  countryId?: number;
  /** @maxLength 50 */
  countryNameShort?: string;
}

/** Nationality per eCH-0011. */
export interface Nationality {
  nationalityStatus: NationalityStatus;
  /** The country of nationality; present when `nationalityStatus` is `2`. */
  country?: Country;
}

/** A person, identified eCH-0044 style. */
export interface Person {
  /** Identifier in the host system (used by plans and households to refer to the person). */
  id: Id;
  /**
   * AHV number (AHVN13) without separators, e.g. `7569217076985`; display as `756.9217.0769.85`.
   * @pattern ^756[0-9]{10}$
   */
  vn?: string;
  /** The identifier in the system that keeps the person (eCH-0044: required). */
  localPersonId: NamedPersonId;
  /** Further identifiers, e.g. the ZEMIS number with `personIdCategory: 'CH.ZEMIS'`. */
  otherPersonIds?: NamedPersonId[];
  /**
   * Official (family) name.
   * @minLength 1
   * @maxLength 100
   */
  officialName: string;
  /**
   * Official first names.
   * @minLength 1
   * @maxLength 100
   */
  firstName: string;
  /**
   * Name before marriage or name in the original script's usual transliteration.
   * @maxLength 100
   */
  originalName?: string;
  sex: Sex;
  /** Birth date; may be known only to the year (`1990`) or month (`2004-07`), as eCH-0044 allows. */
  dateOfBirth: PartialDate;
  nationality?: Nationality;
  maritalStatus?: MaritalStatus;
  languageOfCorrespondence?: CorrespondenceLanguage;
}
