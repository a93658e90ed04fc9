import type { Catalogs } from '../localize/localize-controller.js';

export type DateInputKey =
  'placeholder' | 'placeholderPartial' | 'openCalendar' | 'calendar' | 'prevMonth' | 'nextMonth';

export const dateInputMessages: Catalogs<DateInputKey> = {
  de: {
    placeholder: 'TT.MM.JJJJ',
    placeholderPartial: 'TT.MM.JJJJ, MM.JJJJ oder JJJJ',
    openCalendar: '{label}: im Kalender wählen',
    calendar: 'Kalender',
    prevMonth: 'Vorheriger Monat',
    nextMonth: 'Nächster Monat',
  },
  fr: {
    placeholder: 'JJ.MM.AAAA',
    placeholderPartial: 'JJ.MM.AAAA, MM.AAAA ou AAAA',
    openCalendar: '{label} : choisir dans le calendrier',
    calendar: 'Calendrier',
    prevMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
  },
  it: {
    placeholder: 'GG.MM.AAAA',
    placeholderPartial: 'GG.MM.AAAA, MM.AAAA o AAAA',
    openCalendar: '{label}: scegliere nel calendario',
    calendar: 'Calendario',
    prevMonth: 'Mese precedente',
    nextMonth: 'Mese successivo',
  },
  en: {
    placeholder: 'DD.MM.YYYY',
    placeholderPartial: 'DD.MM.YYYY, MM.YYYY or YYYY',
    openCalendar: '{label}: choose in the calendar',
    calendar: 'Calendar',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
  },
};
