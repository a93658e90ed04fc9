import type { Catalogs } from '../localize/localize-controller.js';

export type MenuKey = 'label';

export const menuMessages: Catalogs<MenuKey> = {
  de: { label: 'Aktionen' },
  fr: { label: 'Actions' },
  it: { label: 'Azioni' },
  en: { label: 'Actions' },
};
