import { LitElement } from 'lit';
import { IAS_KIT_VERSION } from '../version.js';

/** Set `globalThis.IAS_DEV = true` (or run a development build) to get dev warnings in the console. */
const devMode = (): boolean => (globalThis as { IAS_DEV?: boolean }).IAS_DEV === true;

/**
 * Base class of every ias-kit element.
 *
 * - `IasElement.define(tag)` registers an element once, quietly accepts the same class twice and warns
 *   (instead of throwing) when another ias-kit version already registered the tag — two vendors'
 *   bundles on one page must not break each other.
 * - `emit(event)` dispatches an event; every ias-kit event bubbles and is composed.
 * - `devWarn(...)` logs only when `globalThis.IAS_DEV` is true.
 */
export class IasElement extends LitElement {
  /** The kit version of this class, compared on registration. */
  static readonly version: string = IAS_KIT_VERSION;

  /**
   * Registers `this` under `tag` unless the tag is taken. Returns the class registered under the tag.
   * Safe to call from several bundles.
   */
  static define(tag: string, ctor: CustomElementConstructor = this): CustomElementConstructor {
    const registry = globalThis.customElements;
    const existing = registry.get(tag);
    if (existing) {
      const other = (existing as unknown as { version?: string }).version;
      if (existing !== ctor && other !== IAS_KIT_VERSION) {
        console.warn(
          `[ias-kit] <${tag}> is already registered by ias-kit ${other ?? '(unknown version)'}; ` +
            `this copy (${IAS_KIT_VERSION}) is not registered. Load one copy of ias-kit per page or use a scoped registry.`,
        );
      }
      return existing;
    }
    registry.define(tag, ctor);
    return ctor;
  }

  /** Dispatches `event` from this element and returns `false` when a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /** Logs a warning in development mode only. */
  protected devWarn(...args: unknown[]): void {
    if (devMode()) console.warn(`[ias-kit] <${this.localName}>`, ...args);
  }
}
