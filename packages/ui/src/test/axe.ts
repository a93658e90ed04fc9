import { expect } from '@open-wc/testing';

/**
 * Asserts that axe-core finds no WCAG 2.1 A/AA violation in `el` (including its shadow tree).
 * Every element test calls this for each state it renders.
 */
export async function expectAccessible(el: Element, ignoredRules: string[] = []): Promise<void> {
  await expect(el).to.be.accessible({ ignoredRules });
}
