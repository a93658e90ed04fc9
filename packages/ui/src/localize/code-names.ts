/*
 * Codes become words: country (ISO 3166-1 alpha-2) and language (ISO 639-1, plus the ISO 639-3 codes our
 * clients' languages need) names in the reader's language from `Intl.DisplayNames`, with the few names it
 * lacks or gets too coarse filled in here; CEFR levels with their names. The stored value stays the code.
 */
import type { Locale } from '@ias-kit/core';

/** ISO 3166-1 alpha-2 codes, plus `XK` (Kosovo, as used by the SEM). */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
  'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
  'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR ' +
  'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
  'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
  'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

/** ISO 639-1 codes, plus ISO 639-3 codes for languages our clients speak that 639-1 lumps together or lacks. */
export const LANGUAGE_CODES = (
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cv cy da de dv dz ee el en eo ' +
  'es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja ' +
  'jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na ' +
  'nb nd ne ng nl nn no nr nv ny oc oj om or os pa pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so ' +
  'sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu ' +
  'prs kmr ckb sdh tig aii byn rom'
).split(' ');

const countrySet = new Set(COUNTRY_CODES);

type Names = Record<Locale, string>;

/** Names `Intl.DisplayNames` lacks, or gives too coarsely for a case file (Kurmanji is not just "Kurdish"). */
const OWN_LANGUAGE_NAMES: Record<string, Names> = {
  kmr: {
    de: 'Kurmandschi (Nordkurdisch)',
    fr: 'kurmandji (kurde du Nord)',
    it: 'kurmanji (curdo settentrionale)',
    en: 'Kurmanji (Northern Kurdish)',
  },
  aii: {
    de: 'Assyrisch-Neuaramäisch',
    fr: 'néo-araméen assyrien',
    it: 'neoaramaico assiro',
    en: 'Assyrian Neo-Aramaic',
  },
  sdh: { de: 'Südkurdisch', fr: 'kurde du Sud', it: 'curdo meridionale', en: 'Southern Kurdish' },
  byn: { de: 'Blin', fr: 'bilen', it: 'bilen', en: 'Blin' },
  tig: { de: 'Tigre', fr: 'tigré', it: 'tigrè', en: 'Tigre' },
};

const OWN_COUNTRY_NAMES: Record<string, Names> = {
  XK: { de: 'Kosovo', fr: 'Kosovo', it: 'Kosovo', en: 'Kosovo' },
};

const displayNames = new Map<string, Intl.DisplayNames | null>();

function intlName(type: 'region' | 'language', code: string, locale: Locale): string | undefined {
  const key = `${type}|${locale}`;
  let dn = displayNames.get(key);
  if (dn === undefined) {
    try {
      dn = new Intl.DisplayNames([`${locale}-CH`, locale], { type, fallback: 'none' });
    } catch {
      dn = null; // an engine without Intl.DisplayNames: our own names, else the code
    }
    displayNames.set(key, dn);
  }
  try {
    const name = dn?.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The country's name in `locale` (`AF` → "Afghanistan"); an unknown code comes back as it is. */
export function countryName(code: string, locale: Locale): string {
  const c = code.toUpperCase();
  // Only real countries: CLDR also names pseudo-regions ("ZZ" = "Unknown Region"), which would hide a typo.
  if (!countrySet.has(c)) return code;
  return OWN_COUNTRY_NAMES[c]?.[locale] ?? intlName('region', c, locale) ?? code;
}

/** The language's name in `locale` (`fa` → "Persisch"); an unknown code comes back as it is. */
export function languageName(code: string, locale: Locale): string {
  const c = code.toLowerCase();
  const name = OWN_LANGUAGE_NAMES[c]?.[locale] ?? intlName('language', c, locale);
  if (!name) return code;
  // German and English capitalise language names; French and Italian do not, but a name alone starts upper-case.
  return name[0]!.toLocaleUpperCase(locale) + name.slice(1);
}

/** The CEFR levels, lowest first. */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

const CEFR_NAMES: Record<Locale, Record<CefrLevel, string>> = {
  de: {
    A1: 'Anfänger',
    A2: 'Grundlegende Kenntnisse',
    B1: 'Fortgeschrittene Sprachverwendung',
    B2: 'Selbständige Sprachverwendung',
    C1: 'Fachkundige Sprachkenntnisse',
    C2: 'Annähernd muttersprachliche Kenntnisse',
  },
  fr: {
    A1: 'Découverte',
    A2: 'Survie',
    B1: 'Seuil',
    B2: 'Avancé',
    C1: 'Autonome',
    C2: 'Maîtrise',
  },
  it: {
    A1: 'Contatto',
    A2: 'Sopravvivenza',
    B1: 'Soglia',
    B2: 'Progresso',
    C1: 'Efficacia',
    C2: 'Padronanza',
  },
  en: {
    A1: 'Breakthrough',
    A2: 'Waystage',
    B1: 'Threshold',
    B2: 'Vantage',
    C1: 'Effective operational proficiency',
    C2: 'Mastery',
  },
};

/** `B1` → "B1 – Fortgeschrittene Sprachverwendung"; anything else comes back as it is. */
export function cefrName(level: string, locale: Locale): string {
  const name = CEFR_NAMES[locale]?.[level as CefrLevel];
  return name ? `${level} – ${name}` : level;
}

/** A code in a list of choices, for searching: the name, then the code (typing "AF" or "Afgh" both find it). */
export interface CodeOption {
  code: string;
  name: string;
}

/** Every country or language as `{ code, name }`, sorted by name in `locale`. */
export function codeOptions(kind: 'country' | 'language', locale: Locale): CodeOption[] {
  const codes = kind === 'country' ? COUNTRY_CODES : LANGUAGE_CODES;
  const name = kind === 'country' ? countryName : languageName;
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({ code, name: name(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
