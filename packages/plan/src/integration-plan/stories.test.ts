import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import * as stories from '../../../../stories/plan/plan.stories.js';
import type { IasIntegrationPlan } from './integration-plan.js';

type Render = (args: unknown, context: unknown) => TemplateResult;

describe('ias-integration-plan stories', () => {
  const { default: meta, ...named } = stories;
  for (const [name, story] of Object.entries(named)) {
    it(`${name} renders without errors and is accessible`, async () => {
      const args = { ...meta.args, ...(story as { args?: object }).args };
      const wrapper = await fixture<HTMLElement>((meta.render as Render)(args, {}));
      const el = (
        wrapper.matches('ias-integration-plan') ? wrapper : wrapper.querySelector('ias-integration-plan')
      ) as IasIntegrationPlan;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('section').length).to.be.greaterThan(0);
      await expectAccessible(el);
    });
  }
});
