import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { applyOverlay, checkOverlay } from '@ias-kit/core/schema';
import '@ias-kit/form/define.js';

/** A small template and a canton overlay (see packages/core/OVERLAYS.md); invented values. */
const template = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://ias-kit.ch/schemas/examples/intake@1.0.0',
  title: 'Erstgespräch',
  type: 'object',
  required: ['name', 'status'],
  properties: {
    name: { type: 'string', title: 'Name', maxLength: 100, 'x-ias-core': true },
    status: { title: 'Status', enum: ['FL', 'VA', 'VA-FL'], 'x-ias-core': true },
    phone: { type: 'string', title: 'Telefon', maxLength: 30 },
    housing: { title: 'Wohnsituation', enum: ['kollektiv', 'individuell'] },
    notes: { type: 'string', title: 'Bemerkungen', maxLength: 2000 },
  },
};
const overlay = {
  $id: 'https://zh.example/ias/overlays/intake@1.0.0',
  base: 'https://ias-kit.ch/schemas/examples/intake@^1.0',
  patch: {
    properties: {
      zemis: { type: 'string', maxLength: 20, title: 'ZEMIS-Nr.', 'x-ias-title': { fr: 'N° SYMIC' } },
      notes: { title: 'Notizen der Fallführung', maxLength: 1000 },
    },
  },
  append: { '/properties/housing/enum': ['begleitet'] },
  order: { '': ['status', 'name', 'zemis', '*'] },
  hide: ['/properties/phone'],
};
const badOverlay = {
  $id: 'https://zh.example/ias/overlays/broken@1.0.0',
  base: 'https://ias-kit.ch/schemas/examples/intake@^1.0',
  patch: { properties: { status: { type: 'integer' }, name: null } },
};
const value = { name: 'Tesfay Haile', status: 'VA', housing: 'kollektiv', phone: '079 000 00 00' };

const meta: Meta = { title: 'Components/Form/Canton overlay', component: 'ias-form' };
export default meta;

/** The template as shipped (left) and with the canton's overlay (right): a new field, relabels, an added option, a hidden field, a new order. The hidden phone number stays in the value. */
export const BeforeAfter: StoryObj = {
  render: () => {
    const effective = applyOverlay(template, overlay);
    return html`<div style="display:grid;grid-template-columns:1fr 1fr;gap:2rem">
      <section>
        <h2>Vorlage</h2>
        <ias-form .schema=${template} .value=${value}></ias-form>
      </section>
      <section>
        <h2>Mit Overlay Kanton</h2>
        <ias-form .schema=${effective} .value=${value}></ias-form>
      </section>
    </div>`;
  },
};

/** `checkOverlay` refuses an overlay that retypes or removes SEM core fields, and says where. */
export const RefusedOverlay: StoryObj = {
  render: () => {
    const check = checkOverlay(template, badOverlay);
    return html`<div role="alert">
      <p><strong>Overlay abgelehnt (${check.errors.length}):</strong></p>
      <ul>
        ${check.errors.map((e) => html`<li><code>${e.pointer}</code> — ${e.message}</li>`)}
      </ul>
    </div>`;
  },
};
