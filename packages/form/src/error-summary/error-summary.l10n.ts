import type { Catalogs } from '@ias-kit/ui';

export type ErrorSummaryKey = 'heading' | 'count';

export const errorSummaryMessages: Catalogs<ErrorSummaryKey> = {
  de: {
    heading: 'Es gibt ein Problem',
    count: (p) =>
      p['n'] === 1
        ? '1 Angabe fehlt oder ist ungültig. Der Link führt zum Feld.'
        : `${p['n']} Angaben fehlen oder sind ungültig. Jeder Link führt zum Feld.`,
  },
  fr: {
    heading: 'Il y a un problème',
    count: (p) =>
      p['n'] === 1
        ? '1 indication manque ou n’est pas valable. Le lien mène au champ.'
        : `${p['n']} indications manquent ou ne sont pas valables. Chaque lien mène au champ.`,
  },
  it: {
    heading: 'C’è un problema',
    count: (p) =>
      p['n'] === 1
        ? '1 indicazione manca o non è valida. Il link porta al campo.'
        : `${p['n']} indicazioni mancano o non sono valide. Ogni link porta al campo.`,
  },
  en: {
    heading: 'There is a problem',
    count: (p) =>
      p['n'] === 1
        ? '1 entry is missing or invalid. The link takes you to the field.'
        : `${p['n']} entries are missing or invalid. Each link takes you to its field.`,
  },
};
