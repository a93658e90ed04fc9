/** Providers of integration measures and their offers (design.md rec. 14: capacities visible). */
import type { CalendarDate, Canton, Id } from './common.js';
import type { MeasureType, TariffType } from './plan.js';

/**
 * Swiss enterprise identification number (UID), e.g. `CHE-123.456.789`.
 * @pattern ^CHE-[0-9]{3}\.[0-9]{3}\.[0-9]{3}$
 */
export type Uid = string;

/** An offer of a provider with its capacity. */
export interface Offer {
  id: Id;
  /**
   * @minLength 1
   * @maxLength 300
   */
  title: string;
  measureType: MeasureType;
  /**
   * Places in total.
   * @TJS-type integer
   * @minimum 0
   */
  capacity: number;
  /**
   * Places free now (at most `capacity`).
   * @TJS-type integer
   * @minimum 0
   */
  freePlaces: number;
  /** Course or working languages (ISO 639-1), e.g. `de`, `ti`. */
  languages?: string[];
  tariffType?: TariffType;
  /**
   * Price per tariff unit in Swiss francs.
   * @minimum 0
   */
  priceChf?: number;
  /** @maxLength 200 */
  location?: string;
  validFrom?: CalendarDate;
  validTo?: CalendarDate;
}

/** A provider (Anbieter) of integration measures. */
export interface Provider {
  id: Id;
  /**
   * @minLength 1
   * @maxLength 200
   */
  name: string;
  uid?: Uid;
  /** Accredited by the canton (e.g. ZH pays Integrationspauschale only for accredited offers, domain.md §4 [V: S18]). */
  accredited: boolean;
  canton?: Canton;
  offers: Offer[];
}

/** A provider as referenced from a measure (copied, so the measure stays readable if the provider changes). */
export interface ProviderRef {
  providerId?: Id;
  /**
   * @minLength 1
   * @maxLength 200
   */
  name: string;
  uid?: Uid;
  accredited?: boolean;
}
