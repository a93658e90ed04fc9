/**
 * What each figure counts, in words an officer can sign, and the definition parameters it depends
 * on. `{name}` in a text is replaced by the parameter's value in the report (`signableReport`).
 */
import type { Locale } from '../i18n/locales.js';
import type { IndicatorDefinitions } from './definitions.js';
import type { IndicatorId } from './types.js';

/** A definition parameter: a key of `IndicatorDefinitions` or a dotted path into one. */
export type DefinitionParameter =
  | keyof IndicatorDefinitions
  | `goalAgeAtEntry.${1 | 2 | 3 | 4 | 5}`
  | `profileFields.${keyof IndicatorDefinitions['profileFields']}`;

const POPULATION = ['horizonYears'] as const;
const PROFILE = ['profileTemplates', 'profileMinAge', 'horizonYears'] as const;

/** The parameters each figure depends on (all are listed with their values in the report). */
export const INDICATOR_PARAMETERS: Record<IndicatorId, readonly DefinitionParameter[]> = {
  'goal-1-language': ['goal1MinLevel', 'goalAgeAtEntry.1'],
  'goal-2-children-language': ['goal2MinLevel', 'goalAgeAtEntry.2', 'school', 'goal2LateArrivalMonths'],
  'goal-3-education': ['goal3Levels', 'goal3CountCompleted', 'goalAgeAtEntry.3'],
  'goal-4-labour-market': ['goal4MinMonths', 'goal4MinPensum', 'goalAgeAtEntry.4'],
  'goal-4-labour-market-sustained': ['goal4SustainedMonths', 'goal4MinPensum', 'goalAgeAtEntry.4'],
  'goal-5-social-contacts': ['goal5MaxAgeMonths', 'goalAgeAtEntry.5'],
  erstinformation: [...POPULATION],
  'language-support': ['languageSupportTypes', ...POPULATION],
  'support-16-25': ['workSupportTypes', 'supportAgeBasis', ...POPULATION],
  'support-26-55': ['workSupportTypes', 'supportAgeBasis', ...POPULATION],
  'early-language-support': ['earlyLanguageTypes', 'goalAgeAtEntry.2', 'school', ...POPULATION],
  'profile-schooling-over-6': [...PROFILE, 'profileFields.schoolingYears'],
  'profile-not-alphabetised': [...PROFILE, 'profileFields.literacy', 'profileFields.notAlphabetisedValue'],
  'profile-potential-yes': [...PROFILE, 'profileFields.potential'],
  'profile-potential-no': [...PROFILE, 'profileFields.potential'],
  'profile-work-experience-up-to-1': [...PROFILE, 'profileFields.workExperienceMonths'],
};

type Texts = Record<IndicatorId, string>;

const EN: Texts = {
  'goal-1-language':
    'Persons whose 3rd calendar year after entry has ended: counted when a language level of at least {goal1MinLevel} was recorded by 31 December of that year.',
  'goal-2-children-language':
    'Children {goalAgeAtEntry.2} at entry, measured at the start of compulsory school (arrived after it: {goal2LateArrivalMonths} months after entry): counted when a level of at least {goal2MinLevel} was recorded by then.',
  'goal-3-education':
    'Persons {goalAgeAtEntry.3} at entry, measured on 31 December of the 5th year after entry: counted when in post-compulsory education ({goal3Levels}) that day (completed with certificate counts: {goal3CountCompleted}).',
  'goal-4-labour-market':
    'Persons {goalAgeAtEntry.4} at entry, measured on 31 December of the 7th year after entry (as SEM): counted when employed in the first labour market that day (at least {goal4MinPensum} %, without a gap for {goal4MinMonths} months).',
  'goal-4-labour-market-sustained':
    'As goal 4, stricter: counted when employed in the first labour market without a gap for at least {goal4SustainedMonths} months by the measurement date.',
  'goal-5-social-contacts':
    'All persons, measured on 31 December of the 7th year after entry: counted when the latest observation of the last {goal5MaxAgeMonths} months says "regular contacts with the local population".',
  erstinformation:
    'Persons newly admitted in the period (decision date, else first status date): counted when the Erstinformation took place by the end of the period.',
  'language-support':
    'Persons of the IAS population (up to {horizonYears} years after entry) counted when a language measure ({languageSupportTypes}) ran in the period.',
  'support-16-25':
    'Persons aged 16–25 ({supportAgeBasis}) of the IAS population counted when a measure towards education or work ({workSupportTypes}) ran in the period.',
  'support-26-55':
    'Persons aged 26–55 ({supportAgeBasis}) of the IAS population counted when a measure towards education or work ({workSupportTypes}) ran in the period.',
  'early-language-support':
    'Pre-school children ({goalAgeAtEntry.2} at entry) counted when early language support ({earlyLanguageTypes}) ran in the period before school start.',
  'profile-schooling-over-6':
    'Persons first assessed in the period, at least {profileMinAge}: counted when the school years ({profileFields.schoolingYears}) exceed 6.',
  'profile-not-alphabetised':
    'Persons first assessed in the period, at least {profileMinAge}: counted when {profileFields.literacy} is "{profileFields.notAlphabetisedValue}".',
  'profile-potential-yes':
    'Persons first assessed in the period, at least {profileMinAge}: counted when the potential ({profileFields.potential}) is yes.',
  'profile-potential-no':
    'Persons first assessed in the period, at least {profileMinAge}: counted when the potential ({profileFields.potential}) is no.',
  'profile-work-experience-up-to-1':
    'Persons first assessed in the period, at least {profileMinAge}: counted when the work experience ({profileFields.workExperienceMonths}) is at most 12 months.',
};

const DE: Texts = {
  'goal-1-language':
    'Personen, deren 3. Kalenderjahr nach der Einreise abgelaufen ist: gezählt, wenn bis zum 31. Dezember jenes Jahres ein Sprachniveau von mindestens {goal1MinLevel} erfasst ist.',
  'goal-2-children-language':
    'Kinder, bei Einreise {goalAgeAtEntry.2} Jahre alt, gemessen bei Schuleintritt (später eingereist: {goal2LateArrivalMonths} Monate nach Einreise): gezählt, wenn bis dahin mindestens {goal2MinLevel} erfasst ist.',
  'goal-3-education':
    'Personen, bei Einreise {goalAgeAtEntry.3} Jahre alt, gemessen am 31. Dezember des 5. Jahres nach Einreise: gezählt, wenn an diesem Tag in nachobligatorischer Ausbildung ({goal3Levels}; Abschluss mit Zeugnis zählt: {goal3CountCompleted}).',
  'goal-4-labour-market':
    'Personen, bei Einreise {goalAgeAtEntry.4} Jahre alt, gemessen am 31. Dezember des 7. Jahres nach Einreise (wie SEM): gezählt, wenn an diesem Tag im ersten Arbeitsmarkt erwerbstätig (mind. {goal4MinPensum} %, ohne Unterbruch seit {goal4MinMonths} Monaten).',
  'goal-4-labour-market-sustained':
    'Wie Ziel 4, strenger: gezählt, wenn am Stichtag seit mindestens {goal4SustainedMonths} Monaten ohne Unterbruch im ersten Arbeitsmarkt erwerbstätig.',
  'goal-5-social-contacts':
    'Alle Personen, gemessen am 31. Dezember des 7. Jahres nach Einreise: gezählt, wenn die letzte Beobachtung der letzten {goal5MaxAgeMonths} Monate «regelmässige Kontakte zur Bevölkerung» sagt.',
  erstinformation:
    'In der Periode neu aufgenommene Personen (Entscheiddatum, sonst erstes Statusdatum): gezählt, wenn die Erstinformation bis Periodenende stattfand.',
  'language-support':
    'Personen der IAS-Population (bis {horizonYears} Jahre nach Einreise): gezählt, wenn in der Periode eine Sprachmassnahme ({languageSupportTypes}) lief.',
  'support-16-25':
    'Personen 16–25 ({supportAgeBasis}) der IAS-Population: gezählt, wenn in der Periode eine Massnahme Richtung Ausbildung/Arbeit ({workSupportTypes}) lief.',
  'support-26-55':
    'Personen 26–55 ({supportAgeBasis}) der IAS-Population: gezählt, wenn in der Periode eine Massnahme Richtung Ausbildung/Arbeit ({workSupportTypes}) lief.',
  'early-language-support':
    'Kinder im Vorschulalter (bei Einreise {goalAgeAtEntry.2}): gezählt, wenn in der Periode vor Schuleintritt frühe Sprachförderung ({earlyLanguageTypes}) lief.',
  'profile-schooling-over-6':
    'In der Periode erstmals eingeschätzte Personen ab {profileMinAge}: gezählt, wenn die Schuljahre ({profileFields.schoolingYears}) über 6 liegen.',
  'profile-not-alphabetised':
    'In der Periode erstmals eingeschätzte Personen ab {profileMinAge}: gezählt, wenn {profileFields.literacy} «{profileFields.notAlphabetisedValue}» ist.',
  'profile-potential-yes':
    'In der Periode erstmals eingeschätzte Personen ab {profileMinAge}: gezählt, wenn das Potenzial ({profileFields.potential}) ja ist.',
  'profile-potential-no':
    'In der Periode erstmals eingeschätzte Personen ab {profileMinAge}: gezählt, wenn das Potenzial ({profileFields.potential}) nein ist.',
  'profile-work-experience-up-to-1':
    'In der Periode erstmals eingeschätzte Personen ab {profileMinAge}: gezählt, wenn die Arbeitserfahrung ({profileFields.workExperienceMonths}) höchstens 12 Monate beträgt.',
};

const FR: Texts = {
  'goal-1-language':
    'Personnes dont la 3e année civile après l’entrée est écoulée : comptées si un niveau d’au moins {goal1MinLevel} est saisi au 31 décembre de cette année.',
  'goal-2-children-language':
    'Enfants de {goalAgeAtEntry.2} ans à l’entrée, mesurés au début de la scolarité obligatoire (arrivés après : {goal2LateArrivalMonths} mois après l’entrée) : comptés si au moins {goal2MinLevel} est saisi d’ici là.',
  'goal-3-education':
    'Personnes de {goalAgeAtEntry.3} ans à l’entrée, mesurées le 31 décembre de la 5e année après l’entrée : comptées si en formation postobligatoire ce jour-là ({goal3Levels} ; achevée avec certificat compte : {goal3CountCompleted}).',
  'goal-4-labour-market':
    'Personnes de {goalAgeAtEntry.4} ans à l’entrée, mesurées le 31 décembre de la 7e année après l’entrée (comme le SEM) : comptées si en emploi sur le marché primaire ce jour-là (au moins {goal4MinPensum} %, sans interruption depuis {goal4MinMonths} mois).',
  'goal-4-labour-market-sustained':
    'Comme l’objectif 4, plus strict : comptées si en emploi sur le marché primaire sans interruption depuis au moins {goal4SustainedMonths} mois à la date de mesure.',
  'goal-5-social-contacts':
    'Toutes les personnes, mesurées le 31 décembre de la 7e année après l’entrée : comptées si la dernière observation des {goal5MaxAgeMonths} derniers mois indique des « contacts réguliers avec la population ».',
  erstinformation:
    'Personnes nouvellement admises dans la période (date de décision, sinon premier statut) : comptées si la primo-information a eu lieu d’ici la fin de la période.',
  'language-support':
    'Personnes de la population AIS (jusqu’à {horizonYears} ans après l’entrée) : comptées si une mesure linguistique ({languageSupportTypes}) a eu lieu dans la période.',
  'support-16-25':
    'Personnes de 16 à 25 ans ({supportAgeBasis}) de la population AIS : comptées si une mesure vers la formation/le travail ({workSupportTypes}) a eu lieu dans la période.',
  'support-26-55':
    'Personnes de 26 à 55 ans ({supportAgeBasis}) de la population AIS : comptées si une mesure vers la formation/le travail ({workSupportTypes}) a eu lieu dans la période.',
  'early-language-support':
    'Enfants d’âge préscolaire ({goalAgeAtEntry.2} ans à l’entrée) : comptés si un encouragement linguistique précoce ({earlyLanguageTypes}) a eu lieu dans la période avant l’école.',
  'profile-schooling-over-6':
    'Personnes évaluées pour la première fois dans la période, dès {profileMinAge} ans : comptées si les années de scolarité ({profileFields.schoolingYears}) dépassent 6.',
  'profile-not-alphabetised':
    'Personnes évaluées pour la première fois dans la période, dès {profileMinAge} ans : comptées si {profileFields.literacy} vaut « {profileFields.notAlphabetisedValue} ».',
  'profile-potential-yes':
    'Personnes évaluées pour la première fois dans la période, dès {profileMinAge} ans : comptées si le potentiel ({profileFields.potential}) est oui.',
  'profile-potential-no':
    'Personnes évaluées pour la première fois dans la période, dès {profileMinAge} ans : comptées si le potentiel ({profileFields.potential}) est non.',
  'profile-work-experience-up-to-1':
    'Personnes évaluées pour la première fois dans la période, dès {profileMinAge} ans : comptées si l’expérience professionnelle ({profileFields.workExperienceMonths}) est d’au plus 12 mois.',
};

const IT: Texts = {
  'goal-1-language':
    'Persone il cui 3° anno civile dopo l’entrata è concluso: contate se entro il 31 dicembre di quell’anno è registrato un livello di almeno {goal1MinLevel}.',
  'goal-2-children-language':
    'Bambini di {goalAgeAtEntry.2} anni all’entrata, misurati all’inizio della scuola dell’obbligo (arrivati dopo: {goal2LateArrivalMonths} mesi dopo l’entrata): contati se entro allora è registrato almeno {goal2MinLevel}.',
  'goal-3-education':
    'Persone di {goalAgeAtEntry.3} anni all’entrata, misurate il 31 dicembre del 5° anno dopo l’entrata: contate se quel giorno in formazione postobbligatoria ({goal3Levels}; conclusa con attestato conta: {goal3CountCompleted}).',
  'goal-4-labour-market':
    'Persone di {goalAgeAtEntry.4} anni all’entrata, misurate il 31 dicembre del 7° anno dopo l’entrata (come la SEM): contate se quel giorno occupate nel primo mercato del lavoro (almeno {goal4MinPensum} %, senza interruzione da {goal4MinMonths} mesi).',
  'goal-4-labour-market-sustained':
    'Come l’obiettivo 4, più severo: contate se alla data di misura occupate nel primo mercato senza interruzione da almeno {goal4SustainedMonths} mesi.',
  'goal-5-social-contacts':
    'Tutte le persone, misurate il 31 dicembre del 7° anno dopo l’entrata: contate se l’ultima osservazione degli ultimi {goal5MaxAgeMonths} mesi indica «contatti regolari con la popolazione».',
  erstinformation:
    'Persone ammesse nel periodo (data della decisione, altrimenti primo statuto): contate se la prima informazione è avvenuta entro la fine del periodo.',
  'language-support':
    'Persone della popolazione AIS (fino a {horizonYears} anni dopo l’entrata): contate se nel periodo si è svolta una misura linguistica ({languageSupportTypes}).',
  'support-16-25':
    'Persone di 16–25 anni ({supportAgeBasis}) della popolazione AIS: contate se nel periodo si è svolta una misura verso formazione/lavoro ({workSupportTypes}).',
  'support-26-55':
    'Persone di 26–55 anni ({supportAgeBasis}) della popolazione AIS: contate se nel periodo si è svolta una misura verso formazione/lavoro ({workSupportTypes}).',
  'early-language-support':
    'Bambini in età prescolare ({goalAgeAtEntry.2} anni all’entrata): contati se nel periodo prima della scuola si è svolta una promozione linguistica precoce ({earlyLanguageTypes}).',
  'profile-schooling-over-6':
    'Persone valutate per la prima volta nel periodo, da {profileMinAge} anni: contate se gli anni di scuola ({profileFields.schoolingYears}) superano 6.',
  'profile-not-alphabetised':
    'Persone valutate per la prima volta nel periodo, da {profileMinAge} anni: contate se {profileFields.literacy} è «{profileFields.notAlphabetisedValue}».',
  'profile-potential-yes':
    'Persone valutate per la prima volta nel periodo, da {profileMinAge} anni: contate se il potenziale ({profileFields.potential}) è sì.',
  'profile-potential-no':
    'Persone valutate per la prima volta nel periodo, da {profileMinAge} anni: contate se il potenziale ({profileFields.potential}) è no.',
  'profile-work-experience-up-to-1':
    'Persone valutate per la prima volta nel periodo, da {profileMinAge} anni: contate se l’esperienza lavorativa ({profileFields.workExperienceMonths}) è al massimo di 12 mesi.',
};

/** The definition text of every figure, per locale, with `{parameter}` placeholders. */
export const INDICATOR_DEFINITION_TEXTS: Record<Locale, Texts> = { de: DE, fr: FR, it: IT, en: EN };
