/* The schema most <ias-form> tests share: one field of each kind (text, date, integer, number, boolean,
 * nullable boolean, long text, oneOf of constants, enum array, nested object), with translated titles. */
export const person = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Person',
  type: 'object',
  required: ['name', 'entryDate'],
  properties: {
    name: {
      type: 'string',
      title: 'Name',
      'x-ias-title': { fr: 'Nom', it: 'Cognome', en: 'Name' },
      maxLength: 60,
    },
    entryDate: {
      type: 'string',
      format: 'date',
      title: 'Einreisedatum',
      'x-ias-title': { fr: 'Date d’entrée' },
    },
    children: { type: 'integer', title: 'Kinder', minimum: 0 },
    income: { type: 'number', title: 'Einkommen' },
    alphabetised: { type: 'boolean', title: 'Alphabetisiert' },
    interpreter: { type: ['boolean', 'null'], title: 'Dolmetscher nötig' },
    notes: { type: 'string', title: 'Notizen', maxLength: 2000 },
    status: {
      title: 'Status',
      oneOf: [
        { const: 'FL', title: 'Flüchtling (B)', 'x-ias-title': { fr: 'Réfugié (B)' } },
        {
          const: 'VA',
          title: 'Vorläufig aufgenommen (F)',
          'x-ias-title': { fr: 'Admis à titre provisoire (F)' },
        },
      ],
    },
    skills: {
      type: 'array',
      title: 'Sprachen',
      uniqueItems: true,
      items: { enum: ['de', 'fr', 'it', 'en'] },
    },
    address: {
      type: 'object',
      title: 'Adresse',
      properties: { street: { type: 'string', title: 'Strasse' }, town: { type: 'string', title: 'Ort' } },
    },
  },
};
