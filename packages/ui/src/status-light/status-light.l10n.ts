import type { TrafficLightOrUnknown } from '@ias-kit/core';
import type { Catalogs } from '../localize/localize-controller.js';

export type StatusLightKey = TrafficLightOrUnknown;

export const statusLightMessages: Catalogs<StatusLightKey> = {
  de: { ok: 'Im Plan', warn: 'Bald fällig', critical: 'Handlungsbedarf', unknown: 'Unbekannter Status' },
  fr: {
    ok: 'Dans les temps',
    warn: 'Échéance proche',
    critical: 'Intervention requise',
    unknown: 'Statut inconnu',
  },
  it: {
    ok: 'Nei tempi',
    warn: 'In scadenza',
    critical: 'Intervento necessario',
    unknown: 'Stato sconosciuto',
  },
  en: { ok: 'On track', warn: 'Due soon', critical: 'Action needed', unknown: 'Unknown status' },
};
