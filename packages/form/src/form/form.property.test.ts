/** Property-based tests: random schemas over the supported keywords, and markup in every text position. */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import './define.js';
import type { IasForm } from './form.js';
import { deepQueryAll, settle } from '../testing/helpers.js';

const EVIL = [
  '<img src=x onerror="window.__ias_xss=1">',
  '<script>window.__ias_xss=1</script>',
  '"><svg onload="window.__ias_xss=1">',
  '<iframe src="javascript:window.__ias_xss=1"></iframe>',
];
const text = fc.oneof(fc.constantFrom(...EVIL), fc.string({ maxLength: 12 }));
const localized = fc.oneof(text, fc.record({ de: text, fr: text, it: text, en: text }, { requiredKeys: [] }));

type Schema = Record<string, unknown>;
const annotated = (s: fc.Arbitrary<Schema>) =>
  fc
    .tuple(
      s,
      fc.record(
        {
          title: text,
          description: text,
          'x-ias-title': localized,
          'x-ias-help': localized,
          'x-ias-placeholder': localized,
        },
        { requiredKeys: [] },
      ),
    )
    .map(([schema, notes]) => ({ ...schema, ...notes }));

const leaf: fc.Arbitrary<Schema> = annotated(
  fc.oneof(
    fc.record(
      { type: fc.constant('string'), maxLength: fc.integer({ min: 1, max: 3000 }) },
      { requiredKeys: ['type'] },
    ),
    fc.constant({ type: 'string', format: 'date' }),
    fc.constant({ type: 'string', format: 'email' }),
    fc.record(
      {
        type: fc.constantFrom('number', 'integer'),
        minimum: fc.integer({ min: -5, max: 5 }),
        maximum: fc.integer({ min: 6, max: 99 }),
      },
      { requiredKeys: ['type'] },
    ),
    fc.constant({ type: 'boolean' }),
    fc.constant({ type: ['boolean', 'null'] }),
    fc.uniqueArray(text, { minLength: 1, maxLength: 4 }).map((values) => ({ enum: values })),
    fc
      .uniqueArray(text, { minLength: 1, maxLength: 4 })
      .map((values) => ({ oneOf: values.map((v) => ({ const: v, title: v })) })),
    fc
      .uniqueArray(text, { minLength: 1, maxLength: 4 })
      .map((values) => ({ type: 'array', uniqueItems: true, items: { enum: values } })),
  ),
);

const { schema: schemaArb } = fc.letrec<{ schema: Schema; object: Schema }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('object'),
    tie('object').map((o) => ({ type: 'array', items: o })),
  ),
  object: annotated(
    fc
      .dictionary(text, tie('schema'), { maxKeys: 5 })
      .chain((properties) =>
        fc.subarray(Object.keys(properties)).map((required) => ({ type: 'object', properties, required })),
      ),
  ),
}));

describe('ias-form: property-based', () => {
  it('renders random schemas without an exception and returns any loaded value unchanged', async function () {
    this.timeout(120_000);
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          type: fc.constant('object'),
          properties: fc.dictionary(text, schemaArb, { maxKeys: 6 }),
        }),
        fc.jsonValue(),
        async (schema, value) => {
          const el = await fixture<IasForm>(html`<ias-form .schema=${schema} .value=${value}></ias-form>`);
          await settle(el);
          expect(el.value).to.equal(value);
          expect(el.shadowRoot!.querySelector('[part="schema-error"]'), 'valid schema refused').to.be.null;
          expect(deepQueryAll(el, 'img, script, iframe, svg:not([aria-hidden])')).to.have.length(0);
          el.remove();
        },
      ),
      { numRuns: 60, seed: 20261123 },
    );
    window.removeEventListener('error', onError);
    expect(thrown).to.deep.equal([]);
    expect((window as { __ias_xss?: number }).__ias_xss).to.be.undefined;
  });

  it('creates no element from markup in titles, labels, options, help, placeholders, property names or values', async () => {
    for (const evil of EVIL) {
      const schema = {
        title: evil,
        type: 'object',
        required: [evil],
        properties: {
          [evil]: { type: 'string', title: evil, description: evil, 'x-ias-placeholder': evil },
          pick: {
            oneOf: [
              { const: evil, title: evil },
              { const: 'b', title: 'B' },
            ],
          },
          many: { type: 'array', items: { enum: [evil, 'x'] } },
          list: {
            type: 'array',
            title: evil,
            items: { type: 'object', title: evil, properties: { n: { type: 'number', title: evil } } },
          },
          json: { title: evil },
        },
      };
      const el = await fixture<IasForm>(
        html`<ias-form
          .schema=${schema}
          .value=${{ [evil]: evil, pick: evil, many: [evil], list: [{ n: 1 }], json: { [evil]: evil } }}
        ></ias-form>`,
      );
      await settle(el);
      el.validate();
      await settle(el);
      expect(deepQueryAll(el, 'img, script, iframe, svg:not([aria-hidden])')).to.have.length(0);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __ias_xss?: number }).__ias_xss).to.be.undefined;
  });
});
