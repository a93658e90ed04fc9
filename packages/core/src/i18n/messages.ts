/**
 * Validation messages for case workers in de, fr, it and en: plain words, no JSON jargon, Swiss
 * number and date formats. `schema/errors.ts` maps Ajv errors to these; a schema can override a
 * message per keyword with `x-ias-messages`.
 */
import type { Locale } from './locales.js';

/** One message per validation situation (Ajv keyword, and per expected type or format where it helps). */
export const VALIDATION_MESSAGE_IDS = [
  'required',
  'dependentRequired',
  'type.string',
  'type.number',
  'type.integer',
  'type.boolean',
  'type.array',
  'type.object',
  'type.null',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'decimals',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'format.date',
  'format.time',
  'format.date-time',
  'format.duration',
  'format.email',
  'format.uri',
  'format.hostname',
  'format.ip',
  'format.uuid',
  'format.number',
  'format.regex',
  'date.min',
  'date.max',
  'date.after',
  'date.before',
  'enum',
  'const',
  'const.true',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'additionalProperties',
  'oneOf',
  'oneOf.many',
  'anyOf',
  'not',
  'if',
  'contains',
  'containsRange',
  'maxContains',
  'propertyNames',
  'falseSchema',
  'fallback',
] as const;
export type ValidationMessageId = (typeof VALIDATION_MESSAGE_IDS)[number];

/** The values a message may show; every one is optional and a message reads well without it. */
export interface MessageArgs {
  /** A limit, already formatted for the locale (`1’000`, `31.12.2025`). */
  limit?: string;
  /** The number the message counts (characters, entries): picks singular or plural. */
  count?: number;
  /** A field's label or a property name. */
  name?: string;
  /** A second value (upper limit, second position). */
  other?: string;
}

type Message = (a: MessageArgs) => string;
type Catalogue = Record<ValidationMessageId, Message>;

const one = (a: MessageArgs): boolean => a.count === 1;
/** French typography: narrow no-break space inside guillemets and before `;`. */
const NB = '\u202f';

const de: Catalogue = {
  required: () => 'Bitte ausfüllen.',
  dependentRequired: (a) => (a.name ? `Bitte ausfüllen, da «${a.name}» angegeben ist.` : 'Bitte ausfüllen.'),
  'type.string': () => 'Bitte einen Text eingeben.',
  'type.number': () => 'Bitte eine Zahl eingeben.',
  'type.integer': () => 'Bitte eine ganze Zahl eingeben.',
  'type.boolean': () => 'Bitte Ja oder Nein wählen.',
  'type.array': () => 'Bitte einen oder mehrere Einträge angeben.',
  'type.object': () => 'Die Angaben in diesem Abschnitt sind ungültig.',
  'type.null': () => 'Dieses Feld muss leer bleiben.',
  minimum: (a) => (a.limit ? `Mindestens ${a.limit}.` : 'Der Wert ist zu klein.'),
  maximum: (a) => (a.limit ? `Höchstens ${a.limit}.` : 'Der Wert ist zu gross.'),
  exclusiveMinimum: (a) => (a.limit ? `Muss grösser als ${a.limit} sein.` : 'Der Wert ist zu klein.'),
  exclusiveMaximum: (a) => (a.limit ? `Muss kleiner als ${a.limit} sein.` : 'Der Wert ist zu gross.'),
  multipleOf: (a) =>
    a.limit ? `Bitte ein Vielfaches von ${a.limit} eingeben.` : 'Dieser Wert ist nicht möglich.',
  decimals: (a) =>
    a.count === 0
      ? 'Bitte eine ganze Zahl eingeben.'
      : one(a)
        ? 'Höchstens eine Nachkommastelle.'
        : a.limit
          ? `Höchstens ${a.limit} Nachkommastellen.`
          : 'Zu viele Nachkommastellen.',
  minLength: (a) => (a.limit ? `Mindestens ${a.limit} Zeichen.` : 'Der Text ist zu kurz.'),
  maxLength: (a) => (a.limit ? `Höchstens ${a.limit} Zeichen.` : 'Der Text ist zu lang.'),
  pattern: () => 'Bitte im verlangten Format eingeben.',
  format: () => 'Bitte im verlangten Format eingeben.',
  'format.date': () => 'Bitte ein gültiges Datum im Format TT.MM.JJJJ eingeben.',
  'format.time': () => 'Bitte eine gültige Uhrzeit eingeben (HH:MM).',
  'format.date-time': () => 'Bitte ein gültiges Datum mit Uhrzeit eingeben (TT.MM.JJJJ HH:MM).',
  'format.duration': () => 'Bitte eine gültige Dauer eingeben.',
  'format.email': () => 'Bitte eine gültige E-Mail-Adresse eingeben.',
  'format.uri': () => 'Bitte eine gültige Internetadresse eingeben (z. B. https://www.example.ch).',
  'format.hostname': () => 'Bitte einen gültigen Servernamen eingeben (z. B. www.example.ch).',
  'format.ip': () => 'Bitte eine gültige IP-Adresse eingeben.',
  'format.uuid': () => 'Bitte eine gültige Kennung eingeben.',
  'format.number': () => 'Die Zahl ist zu gross oder ungültig.',
  'format.regex': () => 'Bitte ein gültiges Suchmuster eingeben.',
  'date.min': (a) => (a.limit ? `Frühestens am ${a.limit}.` : 'Das Datum ist zu früh.'),
  'date.max': (a) => (a.limit ? `Spätestens am ${a.limit}.` : 'Das Datum ist zu spät.'),
  'date.after': (a) => (a.limit ? `Erst nach dem ${a.limit}.` : 'Das Datum ist zu früh.'),
  'date.before': (a) => (a.limit ? `Vor dem ${a.limit}.` : 'Das Datum ist zu spät.'),
  enum: () => 'Bitte einen Wert aus der Liste wählen.',
  const: () => 'Dieser Wert ist hier nicht zulässig.',
  'const.true': () => 'Bitte bestätigen.',
  minItems: (a) =>
    one(a) || !a.limit
      ? 'Bitte mindestens einen Eintrag angeben.'
      : `Bitte mindestens ${a.limit} Einträge angeben.`,
  maxItems: (a) =>
    !a.limit ? 'Zu viele Einträge.' : one(a) ? 'Höchstens ein Eintrag.' : `Höchstens ${a.limit} Einträge.`,
  uniqueItems: (a) =>
    a.name && a.other
      ? `Die Einträge ${a.name} und ${a.other} sind gleich; jeder Eintrag darf nur einmal vorkommen.`
      : 'Jeder Eintrag darf nur einmal vorkommen.',
  minProperties: (a) =>
    one(a) || !a.limit
      ? 'Bitte mindestens eine Angabe machen.'
      : `Bitte mindestens ${a.limit} Angaben machen.`,
  maxProperties: (a) =>
    !a.limit ? 'Zu viele Angaben.' : one(a) ? 'Höchstens eine Angabe.' : `Höchstens ${a.limit} Angaben.`,
  additionalProperties: (a) =>
    a.name ? `Die Angabe «${a.name}» ist hier nicht vorgesehen.` : 'Eine Angabe ist hier nicht vorgesehen.',
  oneOf: () => 'Bitte eine der vorgesehenen Varianten ausfüllen.',
  'oneOf.many': () => 'Die Angaben passen zu mehreren Varianten; bitte nur eine wählen.',
  anyOf: () => 'Bitte eine der vorgesehenen Varianten ausfüllen.',
  not: () => 'Dieser Wert ist hier nicht zulässig.',
  if: () => 'Die Angaben erfüllen eine Bedingung nicht.',
  contains: (a) =>
    one(a) || !a.limit
      ? 'Bitte mindestens einen passenden Eintrag angeben.'
      : `Bitte mindestens ${a.limit} passende Einträge angeben.`,
  containsRange: (a) =>
    a.limit && a.other
      ? `Bitte mindestens ${a.limit} und höchstens ${a.other} passende Einträge angeben.`
      : 'Die Anzahl passender Einträge stimmt nicht.',
  maxContains: (a) => (a.limit ? `Höchstens ${a.limit} passende Einträge.` : 'Zu viele passende Einträge.'),
  propertyNames: (a) =>
    a.name ? `Der Name «${a.name}» ist nicht zulässig.` : 'Ein Name ist nicht zulässig.',
  falseSchema: () => 'Diese Angabe ist hier nicht zulässig.',
  fallback: () => 'Ungültige Eingabe.',
};

const fr: Catalogue = {
  required: () => 'Veuillez remplir ce champ.',
  dependentRequired: (a) =>
    a.name
      ? `Veuillez remplir ce champ, car «${NB}${a.name}${NB}» est renseigné.`
      : 'Veuillez remplir ce champ.',
  'type.string': () => 'Veuillez saisir un texte.',
  'type.number': () => 'Veuillez saisir un nombre.',
  'type.integer': () => 'Veuillez saisir un nombre entier.',
  'type.boolean': () => 'Veuillez choisir oui ou non.',
  'type.array': () => 'Veuillez indiquer une ou plusieurs entrées.',
  'type.object': () => 'Les données de cette section ne sont pas valables.',
  'type.null': () => 'Ce champ doit rester vide.',
  minimum: (a) => (a.limit ? `Au moins ${a.limit}.` : 'La valeur est trop petite.'),
  maximum: (a) => (a.limit ? `Au plus ${a.limit}.` : 'La valeur est trop grande.'),
  exclusiveMinimum: (a) => (a.limit ? `Doit être supérieur à ${a.limit}.` : 'La valeur est trop petite.'),
  exclusiveMaximum: (a) => (a.limit ? `Doit être inférieur à ${a.limit}.` : 'La valeur est trop grande.'),
  multipleOf: (a) =>
    a.limit ? `Veuillez saisir un multiple de ${a.limit}.` : 'Cette valeur n’est pas possible.',
  decimals: (a) =>
    a.count === 0
      ? 'Veuillez saisir un nombre entier.'
      : one(a)
        ? 'Au plus une décimale.'
        : a.limit
          ? `Au plus ${a.limit} décimales.`
          : 'Trop de décimales.',
  minLength: (a) => (a.limit ? `Au moins ${a.limit} caractères.` : 'Le texte est trop court.'),
  maxLength: (a) =>
    !a.limit ? 'Le texte est trop long.' : one(a) ? 'Au plus 1 caractère.' : `Au plus ${a.limit} caractères.`,
  pattern: () => 'Veuillez respecter le format demandé.',
  format: () => 'Veuillez respecter le format demandé.',
  'format.date': () => 'Veuillez saisir une date valable au format JJ.MM.AAAA.',
  'format.time': () => 'Veuillez saisir une heure valable (HH:MM).',
  'format.date-time': () => 'Veuillez saisir une date et une heure valables (JJ.MM.AAAA HH:MM).',
  'format.duration': () => 'Veuillez saisir une durée valable.',
  'format.email': () => 'Veuillez saisir une adresse e-mail valable.',
  'format.uri': () => 'Veuillez saisir une adresse internet valable (p. ex. https://www.example.ch).',
  'format.hostname': () => 'Veuillez saisir un nom de serveur valable (p. ex. www.example.ch).',
  'format.ip': () => 'Veuillez saisir une adresse IP valable.',
  'format.uuid': () => 'Veuillez saisir un identifiant valable.',
  'format.number': () => 'Le nombre est trop grand ou n’est pas valable.',
  'format.regex': () => 'Veuillez saisir un motif de recherche valable.',
  'date.min': (a) => (a.limit ? `Au plus tôt le ${a.limit}.` : 'La date est trop tôt.'),
  'date.max': (a) => (a.limit ? `Au plus tard le ${a.limit}.` : 'La date est trop tard.'),
  'date.after': (a) => (a.limit ? `Seulement après le ${a.limit}.` : 'La date est trop tôt.'),
  'date.before': (a) => (a.limit ? `Avant le ${a.limit}.` : 'La date est trop tard.'),
  enum: () => 'Veuillez choisir une valeur de la liste.',
  const: () => 'Cette valeur n’est pas admise ici.',
  'const.true': () => 'Veuillez confirmer.',
  minItems: (a) =>
    one(a) || !a.limit
      ? 'Veuillez indiquer au moins une entrée.'
      : `Veuillez indiquer au moins ${a.limit} entrées.`,
  maxItems: (a) =>
    !a.limit ? 'Trop d’entrées.' : one(a) ? 'Au plus une entrée.' : `Au plus ${a.limit} entrées.`,
  uniqueItems: (a) =>
    a.name && a.other
      ? `Les entrées ${a.name} et ${a.other} sont identiques${NB}; chaque entrée ne peut figurer qu’une fois.`
      : 'Chaque entrée ne peut figurer qu’une fois.',
  minProperties: (a) =>
    one(a) || !a.limit
      ? 'Veuillez remplir au moins un champ.'
      : `Veuillez remplir au moins ${a.limit} champs.`,
  maxProperties: (a) =>
    !a.limit ? 'Trop de champs remplis.' : one(a) ? 'Au plus un champ.' : `Au plus ${a.limit} champs.`,
  additionalProperties: (a) =>
    a.name ? `Le champ «${NB}${a.name}${NB}» n’est pas prévu ici.` : 'Un champ n’est pas prévu ici.',
  oneOf: () => 'Veuillez remplir l’une des variantes prévues.',
  'oneOf.many': () => `Les données correspondent à plusieurs variantes${NB}; veuillez n’en choisir qu’une.`,
  anyOf: () => 'Veuillez remplir l’une des variantes prévues.',
  not: () => 'Cette valeur n’est pas admise ici.',
  if: () => 'Les données ne remplissent pas une condition.',
  contains: (a) =>
    one(a) || !a.limit
      ? 'Veuillez indiquer au moins une entrée adéquate.'
      : `Veuillez indiquer au moins ${a.limit} entrées adéquates.`,
  containsRange: (a) =>
    a.limit && a.other
      ? `Veuillez indiquer entre ${a.limit} et ${a.other} entrées adéquates.`
      : 'Le nombre d’entrées adéquates ne convient pas.',
  maxContains: (a) => (a.limit ? `Au plus ${a.limit} entrées adéquates.` : 'Trop d’entrées adéquates.'),
  propertyNames: (a) =>
    a.name ? `Le nom «${NB}${a.name}${NB}» n’est pas admis.` : 'Un nom n’est pas admis.',
  falseSchema: () => 'Cette donnée n’est pas admise ici.',
  fallback: () => 'Saisie non valable.',
};

const it: Catalogue = {
  required: () => 'Compilare questo campo.',
  dependentRequired: (a) =>
    a.name ? `Compilare questo campo, poiché «${a.name}» è indicato.` : 'Compilare questo campo.',
  'type.string': () => 'Inserire un testo.',
  'type.number': () => 'Inserire un numero.',
  'type.integer': () => 'Inserire un numero intero.',
  'type.boolean': () => 'Scegliere sì o no.',
  'type.array': () => 'Indicare una o più voci.',
  'type.object': () => 'I dati di questa sezione non sono validi.',
  'type.null': () => 'Questo campo deve rimanere vuoto.',
  minimum: (a) => (a.limit ? `Almeno ${a.limit}.` : 'Il valore è troppo piccolo.'),
  maximum: (a) => (a.limit ? `Al massimo ${a.limit}.` : 'Il valore è troppo grande.'),
  exclusiveMinimum: (a) => (a.limit ? `Deve essere maggiore di ${a.limit}.` : 'Il valore è troppo piccolo.'),
  exclusiveMaximum: (a) => (a.limit ? `Deve essere minore di ${a.limit}.` : 'Il valore è troppo grande.'),
  multipleOf: (a) => (a.limit ? `Inserire un multiplo di ${a.limit}.` : 'Questo valore non è possibile.'),
  decimals: (a) =>
    a.count === 0
      ? 'Inserire un numero intero.'
      : one(a)
        ? 'Al massimo un decimale.'
        : a.limit
          ? `Al massimo ${a.limit} decimali.`
          : 'Troppi decimali.',
  minLength: (a) => (a.limit ? `Almeno ${a.limit} caratteri.` : 'Il testo è troppo corto.'),
  maxLength: (a) =>
    !a.limit
      ? 'Il testo è troppo lungo.'
      : one(a)
        ? 'Al massimo 1 carattere.'
        : `Al massimo ${a.limit} caratteri.`,
  pattern: () => 'Rispettare il formato richiesto.',
  format: () => 'Rispettare il formato richiesto.',
  'format.date': () => 'Inserire una data valida nel formato GG.MM.AAAA.',
  'format.time': () => 'Inserire un’ora valida (HH:MM).',
  'format.date-time': () => 'Inserire una data e un’ora valide (GG.MM.AAAA HH:MM).',
  'format.duration': () => 'Inserire una durata valida.',
  'format.email': () => 'Inserire un indirizzo e-mail valido.',
  'format.uri': () => 'Inserire un indirizzo internet valido (p. es. https://www.example.ch).',
  'format.hostname': () => 'Inserire un nome di server valido (p. es. www.example.ch).',
  'format.ip': () => 'Inserire un indirizzo IP valido.',
  'format.uuid': () => 'Inserire un identificativo valido.',
  'format.number': () => 'Il numero è troppo grande o non è valido.',
  'format.regex': () => 'Inserire un modello di ricerca valido.',
  'date.min': (a) => (a.limit ? `Al più presto il ${a.limit}.` : 'La data è troppo presto.'),
  'date.max': (a) => (a.limit ? `Al più tardi il ${a.limit}.` : 'La data è troppo tardi.'),
  'date.after': (a) => (a.limit ? `Solo dopo il ${a.limit}.` : 'La data è troppo presto.'),
  'date.before': (a) => (a.limit ? `Prima del ${a.limit}.` : 'La data è troppo tardi.'),
  enum: () => 'Scegliere un valore dall’elenco.',
  const: () => 'Questo valore non è ammesso qui.',
  'const.true': () => 'Confermare.',
  minItems: (a) => (one(a) || !a.limit ? 'Indicare almeno una voce.' : `Indicare almeno ${a.limit} voci.`),
  maxItems: (a) =>
    !a.limit ? 'Troppe voci.' : one(a) ? 'Al massimo una voce.' : `Al massimo ${a.limit} voci.`,
  uniqueItems: (a) =>
    a.name && a.other
      ? `Le voci ${a.name} e ${a.other} sono uguali; ogni voce può comparire una sola volta.`
      : 'Ogni voce può comparire una sola volta.',
  minProperties: (a) =>
    one(a) || !a.limit ? 'Compilare almeno un campo.' : `Compilare almeno ${a.limit} campi.`,
  maxProperties: (a) =>
    !a.limit ? 'Troppi campi compilati.' : one(a) ? 'Al massimo un campo.' : `Al massimo ${a.limit} campi.`,
  additionalProperties: (a) =>
    a.name ? `Il campo «${a.name}» non è previsto qui.` : 'Un campo non è previsto qui.',
  oneOf: () => 'Compilare una delle varianti previste.',
  'oneOf.many': () => 'I dati corrispondono a più varianti; sceglierne una sola.',
  anyOf: () => 'Compilare una delle varianti previste.',
  not: () => 'Questo valore non è ammesso qui.',
  if: () => 'I dati non soddisfano una condizione.',
  contains: (a) =>
    one(a) || !a.limit ? 'Indicare almeno una voce adatta.' : `Indicare almeno ${a.limit} voci adatte.`,
  containsRange: (a) =>
    a.limit && a.other
      ? `Indicare da ${a.limit} a ${a.other} voci adatte.`
      : 'Il numero di voci adatte non è corretto.',
  maxContains: (a) => (a.limit ? `Al massimo ${a.limit} voci adatte.` : 'Troppe voci adatte.'),
  propertyNames: (a) => (a.name ? `Il nome «${a.name}» non è ammesso.` : 'Un nome non è ammesso.'),
  falseSchema: () => 'Questo dato non è ammesso qui.',
  fallback: () => 'Immissione non valida.',
};

const en: Catalogue = {
  required: () => 'Please fill in this field.',
  dependentRequired: (a) =>
    a.name ? `Please fill in this field, as “${a.name}” is given.` : 'Please fill in this field.',
  'type.string': () => 'Please enter text.',
  'type.number': () => 'Please enter a number.',
  'type.integer': () => 'Please enter a whole number.',
  'type.boolean': () => 'Please choose yes or no.',
  'type.array': () => 'Please give one or more entries.',
  'type.object': () => 'The details in this section are not valid.',
  'type.null': () => 'This field must stay empty.',
  minimum: (a) => (a.limit ? `At least ${a.limit}.` : 'The value is too small.'),
  maximum: (a) => (a.limit ? `At most ${a.limit}.` : 'The value is too large.'),
  exclusiveMinimum: (a) => (a.limit ? `Must be more than ${a.limit}.` : 'The value is too small.'),
  exclusiveMaximum: (a) => (a.limit ? `Must be less than ${a.limit}.` : 'The value is too large.'),
  multipleOf: (a) => (a.limit ? `Please enter a multiple of ${a.limit}.` : 'This value is not possible.'),
  decimals: (a) =>
    a.count === 0
      ? 'Please enter a whole number.'
      : one(a)
        ? 'At most one decimal place.'
        : a.limit
          ? `At most ${a.limit} decimal places.`
          : 'Too many decimal places.',
  minLength: (a) => (a.limit ? `At least ${a.limit} characters.` : 'The text is too short.'),
  maxLength: (a) =>
    !a.limit ? 'The text is too long.' : one(a) ? 'At most 1 character.' : `At most ${a.limit} characters.`,
  pattern: () => 'Please use the required format.',
  format: () => 'Please use the required format.',
  'format.date': () => 'Please enter a valid date in the format DD.MM.YYYY.',
  'format.time': () => 'Please enter a valid time (HH:MM).',
  'format.date-time': () => 'Please enter a valid date and time (DD.MM.YYYY HH:MM).',
  'format.duration': () => 'Please enter a valid duration.',
  'format.email': () => 'Please enter a valid email address.',
  'format.uri': () => 'Please enter a valid web address (e.g. https://www.example.ch).',
  'format.hostname': () => 'Please enter a valid host name (e.g. www.example.ch).',
  'format.ip': () => 'Please enter a valid IP address.',
  'format.uuid': () => 'Please enter a valid identifier.',
  'format.number': () => 'The number is too large or not valid.',
  'format.regex': () => 'Please enter a valid search pattern.',
  'date.min': (a) => (a.limit ? `On ${a.limit} or later.` : 'The date is too early.'),
  'date.max': (a) => (a.limit ? `On ${a.limit} or earlier.` : 'The date is too late.'),
  'date.after': (a) => (a.limit ? `Only after ${a.limit}.` : 'The date is too early.'),
  'date.before': (a) => (a.limit ? `Before ${a.limit}.` : 'The date is too late.'),
  enum: () => 'Please choose a value from the list.',
  const: () => 'This value is not allowed here.',
  'const.true': () => 'Please confirm.',
  minItems: (a) =>
    one(a) || !a.limit ? 'Please give at least one entry.' : `Please give at least ${a.limit} entries.`,
  maxItems: (a) =>
    !a.limit ? 'Too many entries.' : one(a) ? 'At most one entry.' : `At most ${a.limit} entries.`,
  uniqueItems: (a) =>
    a.name && a.other
      ? `Entries ${a.name} and ${a.other} are the same; each entry may appear only once.`
      : 'Each entry may appear only once.',
  minProperties: (a) =>
    one(a) || !a.limit ? 'Please fill in at least one field.' : `Please fill in at least ${a.limit} fields.`,
  maxProperties: (a) =>
    !a.limit ? 'Too many fields filled in.' : one(a) ? 'At most one field.' : `At most ${a.limit} fields.`,
  additionalProperties: (a) =>
    a.name ? `The field “${a.name}” is not expected here.` : 'A field is not expected here.',
  oneOf: () => 'Please fill in one of the given options.',
  'oneOf.many': () => 'The details match more than one option; please choose only one.',
  anyOf: () => 'Please fill in one of the given options.',
  not: () => 'This value is not allowed here.',
  if: () => 'The details do not meet a condition.',
  contains: (a) =>
    one(a) || !a.limit
      ? 'Please give at least one matching entry.'
      : `Please give at least ${a.limit} matching entries.`,
  containsRange: (a) =>
    a.limit && a.other
      ? `Please give between ${a.limit} and ${a.other} matching entries.`
      : 'The number of matching entries is not right.',
  maxContains: (a) => (a.limit ? `At most ${a.limit} matching entries.` : 'Too many matching entries.'),
  propertyNames: (a) => (a.name ? `The name “${a.name}” is not allowed.` : 'A name is not allowed.'),
  falseSchema: () => 'This entry is not allowed here.',
  fallback: () => 'Invalid input.',
};

/** The catalogue: message id → text per UI language. */
export const VALIDATION_MESSAGES: Readonly<Record<Locale, Readonly<Catalogue>>> = { de, fr, it, en };

/** The message `id` in `locale`, filled with `args`. Unknown ids give the generic fallback. */
export function validationMessage(id: ValidationMessageId, locale: Locale, args: MessageArgs = {}): string {
  const catalogue = VALIDATION_MESSAGES[locale] ?? VALIDATION_MESSAGES.de;
  const message = catalogue[id] ?? catalogue.fallback;
  return message(args);
}

export { formatNumber } from './numbers.js';

/**
 * A `YYYY-MM-DD` date (or `YYYY-MM-DDTHH:MM…` date-time) as `DD.MM.YYYY` (`DD.MM.YYYY HH:MM`), by
 * string operations only (no `Date`, so no time zone can move it). Other text comes back unchanged.
 */
export function formatIsoDate(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}))?/.exec(text);
  if (!m) return text;
  const date = `${m[3]}.${m[2]}.${m[1]}`;
  return m[4] !== undefined ? `${date} ${m[4]}:${m[5]}` : date;
}
