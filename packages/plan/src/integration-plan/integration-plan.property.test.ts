/** Property-based: any sequence of edits keeps unknown properties, logs one entry per change, and undoes exactly. */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { NOW, PROVIDERS, samplePlan, TODAY, USER } from '../test/plan-dom.js';
import './define.js';
import type { IasIntegrationPlan } from './integration-plan.js';
import type { PlanValue } from './integration-plan.types.js';

type Action =
  | { kind: 'add'; list: 'goals' | 'measures' | 'reviews' }
  | { kind: 'remove' | 'up' | 'down'; list: 'goals' | 'measures' | 'reviews'; at: number }
  | { kind: 'title'; at: number; text: string };

const list = fc.constantFrom('goals' as const, 'measures' as const, 'reviews' as const);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), list }),
  fc.record({
    kind: fc.constantFrom('remove' as const, 'up' as const, 'down' as const),
    list,
    at: fc.nat(4),
  }),
  fc.record({
    kind: fc.constant('title' as const),
    at: fc.nat(4),
    text: fc.string({ minLength: 1, maxLength: 8 }),
  }),
);

const withoutLog = ({ changeLog: _, ...rest }: PlanValue) => rest;

describe('ias-integration-plan (properties)', () => {
  it('logs every change, keeps unknown properties and undoes any sequence of edits exactly', async () => {
    const el = await fixture<IasIntegrationPlan>(
      html`<ias-integration-plan
        lang="en"
        today=${TODAY}
        now=${NOW}
        .user=${USER}
        .providers=${PROVIDERS}
      ></ias-integration-plan>`,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 8 }), async (actions) => {
        // Yonas' plan with a property of the host's own.
        const start = { ...samplePlan('c01'), 'x-host': { revision: 17 } };
        el.value = start;
        await el.updateComplete;
        let applied = 0;
        for (const a of actions) {
          const before = el.value!;
          const root = el.shadowRoot!;
          if (a.kind === 'add')
            root.querySelector<HTMLButtonElement>(`section.${a.list} button.add`)!.click();
          else if (a.kind === 'title') {
            const input = root.querySelector<HTMLInputElement>(`#f-measures-${a.at}-title`);
            if (!input) continue;
            input.value = a.text;
            input.dispatchEvent(new Event('change'));
          } else {
            const id = `${a.kind === 'remove' ? '' : `move-${a.kind}-`}f-${a.list}-${a.at}`;
            const button =
              a.kind === 'remove'
                ? root.querySelectorAll<HTMLButtonElement>(`section.${a.list} button.danger`)[a.at]
                : root.querySelector<HTMLButtonElement>(`#${id}`);
            if (!button || button.disabled) continue;
            button.click();
          }
          await el.updateComplete;
          const after = el.value!;
          if (after === before) continue;
          applied++;
          expect(after.changeLog!.length).to.be.greaterThan(before.changeLog?.length ?? 0);
          expect((after as unknown as Record<string, unknown>)['x-host']).to.equal(
            (start as unknown as Record<string, unknown>)['x-host'],
          );
        }
        for (let i = 0; i < applied; i++) {
          expect(el.canUndo).to.be.true;
          el.undo();
          await el.updateComplete;
        }
        expect(el.canUndo).to.be.false;
        expect(withoutLog(el.value!)).to.deep.equal(withoutLog(start));
      }),
      { numRuns: 25 },
    );
  });
});
