/** Sample schemas and invented data for the form stories. */
export const intakeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://ias-kit.ch/schemas/examples/intake.schema.json',
  title: 'Erstgespräch',
  'x-ias-title': { fr: 'Premier entretien', it: 'Primo colloquio', en: 'First interview' },
  type: 'object',
  required: ['officialName', 'firstName', 'entryDate', 'status'],
  properties: {
    officialName: {
      type: 'string',
      title: 'Name',
      'x-ias-title': { fr: 'Nom', it: 'Cognome', en: 'Surname' },
      maxLength: 100,
    },
    firstName: {
      type: 'string',
      title: 'Vorname',
      'x-ias-title': { fr: 'Prénom', it: 'Nome', en: 'First name' },
      maxLength: 100,
    },
    entryDate: {
      type: 'string',
      format: 'date',
      title: 'Einreisedatum',
      'x-ias-title': { fr: 'Date d’entrée', it: 'Data d’entrata', en: 'Date of entry' },
      'x-ias-help': {
        de: 'Stichtag aller IAS-Ziele',
        fr: 'Date de référence de tous les objectifs AIS',
        it: 'Data di riferimento di tutti gli obiettivi AIS',
        en: 'Reference date of all IAS goals',
      },
    },
    status: {
      title: 'Aufenthaltsstatus',
      'x-ias-title': { fr: 'Statut de séjour', it: 'Statuto di soggiorno', en: 'Residence status' },
      oneOf: [
        {
          const: 'FL',
          title: 'Anerkannter Flüchtling (B)',
          'x-ias-title': {
            fr: 'Réfugié reconnu (B)',
            it: 'Rifugiato riconosciuto (B)',
            en: 'Recognised refugee (B)',
          },
        },
        {
          const: 'VA',
          title: 'Vorläufig aufgenommen (F)',
          'x-ias-title': {
            fr: 'Admis à titre provisoire (F)',
            it: 'Ammesso provvisoriamente (F)',
            en: 'Provisionally admitted (F)',
          },
        },
        {
          const: 'VA-FL',
          title: 'Vorläufig aufgenommener Flüchtling (F)',
          'x-ias-title': {
            fr: 'Réfugié admis à titre provisoire (F)',
            it: 'Rifugiato ammesso provvisoriamente (F)',
            en: 'Provisionally admitted refugee (F)',
          },
        },
      ],
    },
    children: {
      type: 'integer',
      minimum: 0,
      maximum: 20,
      title: 'Anzahl Kinder',
      'x-ias-title': { fr: 'Nombre d’enfants', it: 'Numero di figli', en: 'Number of children' },
    },
    interpreter: {
      type: ['boolean', 'null'],
      title: 'Dolmetscher nötig',
      'x-ias-title': { fr: 'Interprète nécessaire', it: 'Interprete necessario', en: 'Interpreter needed' },
    },
    email: {
      type: 'string',
      format: 'email',
      title: 'E-Mail',
      'x-ias-title': { fr: 'Courriel', it: 'E-mail', en: 'Email' },
    },
    notes: {
      type: 'string',
      maxLength: 2000,
      title: 'Notizen',
      'x-ias-title': { fr: 'Notes', it: 'Note', en: 'Notes' },
    },
  },
};

export const intakeValue = {
  officialName: 'Haddad',
  firstName: 'Lina',
  entryDate: '2023-05-14',
  status: 'VA',
  children: 2,
  interpreter: true,
  notes: 'Spricht Arabisch und etwas Englisch.',
  vendorCaseId: 'TUT-2023-0815',
};

export const conditionalSchema = {
  title: 'Arbeitssituation',
  type: 'object',
  properties: {
    employed: { type: 'boolean', title: 'Erwerbstätig' },
    hasChildren: { type: 'boolean', title: 'Betreuungspflichten' },
    childcare: { type: 'string', title: 'Kinderbetreuung organisiert durch' },
  },
  if: { properties: { employed: { const: true } }, required: ['employed'] },
  then: {
    properties: {
      employer: { type: 'string', title: 'Arbeitgeber' },
      pensum: { type: 'integer', minimum: 1, maximum: 100, title: 'Pensum %' },
    },
    required: ['employer'],
  },
  else: { properties: { reason: { type: 'string', title: 'Grund (nicht erwerbstätig)' } } },
  dependentRequired: { hasChildren: ['childcare'] },
};

export const arraySchema = {
  title: 'Sprachkenntnisse',
  type: 'object',
  properties: {
    languages: {
      type: 'array',
      title: 'Sprachen',
      items: {
        type: 'object',
        title: 'Sprache',
        required: ['code'],
        properties: {
          code: { type: 'string', title: 'Sprache (ISO 639)', pattern: '^[a-z]{2,3}$' },
          level: { enum: ['keine', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'], title: 'Niveau' },
          firstLanguage: { type: 'boolean', title: 'Erstsprache' },
        },
      },
    },
    sources: {
      type: 'array',
      title: 'Quellen',
      uniqueItems: true,
      items: { enum: ['Selbsteinschätzung', 'Fachperson', 'Test', 'fide'] },
    },
  },
};

export const choiceSchema = {
  title: 'Erreichbarkeit',
  type: 'object',
  properties: {
    contact: {
      title: 'Kontakt',
      oneOf: [
        {
          title: 'Telefon',
          type: 'object',
          required: ['kind', 'number'],
          properties: { kind: { const: 'phone' }, number: { type: 'string', title: 'Telefonnummer' } },
        },
        {
          title: 'E-Mail',
          type: 'object',
          required: ['kind', 'address'],
          properties: {
            kind: { const: 'email' },
            address: { type: 'string', format: 'email', title: 'E-Mail-Adresse' },
          },
        },
        {
          title: 'Über Betreuungsperson',
          type: 'object',
          required: ['kind'],
          properties: {
            kind: { const: 'proxy' },
            person: { type: 'string', title: 'Name der Betreuungsperson' },
          },
        },
      ],
    },
  },
};

export const rolesSchema = {
  title: 'Abklärung',
  type: 'object',
  properties: {
    occupationWish: { type: 'string', title: 'Berufswunsch' },
    progress: {
      type: 'string',
      title: 'Fortschritt (nur Fallführung schreibt)',
      'x-ias-access': { write: ['case_manager'] },
    },
    health: {
      type: 'object',
      title: 'Gesundheit (besonders schützenswert)',
      'x-ias-access': { read: ['case_manager'], write: ['case_manager'] },
      properties: {
        workCapacity: { type: 'integer', minimum: 0, maximum: 100, title: 'Arbeitsfähigkeit %' },
        limitations: { type: 'string', maxLength: 1000, title: 'Einschränkungen' },
      },
    },
  },
};

export const rolesValue = {
  occupationWish: 'Pflege',
  progress: 'Praktikum läuft gut',
  health: { workCapacity: 80, limitations: 'Rückenschmerzen' },
};
