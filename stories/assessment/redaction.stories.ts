import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render, type TemplateResult } from 'lit';
import type { AssessmentSnapshot } from '@ias-kit/core';
import { changesOf, mergeEdit, redact } from '@ias-kit/core/access';
import { IasChangeEvent } from '@ias-kit/ui';
import '@ias-kit/assessment/define.js';
import { dawit, overlays, samira, snapshot, templates } from './samples.js';

/**
 * The server-side round trip a host builds with `@ias-kit/core/access` (core's README, "Roles: redact on
 * the server"): the stored record is redacted for the user's role before it leaves the server, the element
 * works on what was sent, and the edit is merged back into the full record; the audit record lists what
 * changed. Everything runs in the page here so that each step can be seen.
 */
type Args = { role: string; snapshots: string[]; locale: string };

const templateOf = (s: AssessmentSnapshot) =>
  templates.find((t) => (t as { $id?: string }).$id === `${s.templateId}@${s.templateVersion}`);

const list = (pointers: string[]) =>
  pointers.length ? pointers.map((p, i) => html`${i ? ', ' : ''}<code>${p || '/'}</code>`) : html`–`;

function serverSide(stored: AssessmentSnapshot, role: string, edited: AssessmentSnapshot): TemplateResult {
  const schema = templateOf(stored);
  const { value, refused } = mergeEdit(schema, stored.data, edited.data, role);
  const audit = changesOf(schema, stored.data, value);
  const seen = changesOf(schema, stored.data, value, { userRole: role });
  return html`<p>mergeEdit → refused: ${list(refused)}</p>
    <table>
      <caption>
        changesOf: the audit record the host stores (and, right, what this role may see of it)
      </caption>
      <thead>
        <tr>
          <th scope="col">Feld</th>
          <th scope="col">vorher</th>
          <th scope="col">nachher</th>
          <th scope="col">für ${role}</th>
        </tr>
      </thead>
      <tbody>
        ${audit.map(
          (c) =>
            html`<tr>
              <th scope="row">${c.label.de}</th>
              <td>${JSON.stringify(c.before) ?? '–'}</td>
              <td>${JSON.stringify(c.after) ?? '–'}</td>
              <td>
                ${seen.some((s) => s.hidden && c.pointer.startsWith(s.pointer)) ? 'geändert, ohne Werte' : 'sichtbar'}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      stored.data.health === undefined
        ? nothing
        : html`<p>
            Health block after the merge, as stored:
            <code>${JSON.stringify((value as Record<string, unknown> | undefined)?.health)}</code>
          </p>`
    }`;
}

function roundTrip(id: string, role: string, locale: string): TemplateResult {
  const stored: AssessmentSnapshot = { ...snapshot(id), status: 'draft' }; // a draft, so it can be edited
  const schema = templateOf(stored);
  const { value, removed } = redact(schema, stored.data, role);
  const heading = `${id} (${stored.templateId.split('/').pop()} ${stored.templateVersion})`;
  if (value === undefined)
    return html`<section>
      <h2>${heading}</h2>
      <p>redact → the role may not read this template: the server sends nothing.</p>
    </section>`;
  const sent: AssessmentSnapshot = { ...stored, data: value as Record<string, unknown> };
  const onChange = (e: Event) => {
    if (!(e instanceof IasChangeEvent)) return;
    const target = (e.currentTarget as HTMLElement).parentElement!.querySelector('.server')!;
    render(serverSide(stored, role, e.value as AssessmentSnapshot), target as HTMLElement);
  };
  return html`<section>
    <h2>${heading}</h2>
    <p>1. redact(template, stored.data, "${role}") → removed: ${list(removed)}</p>
    <p>2. The element in the browser gets only that (edit a field):</p>
    <ias-assessment
      .templates=${templates}
      .overlays=${overlays}
      .value=${sent}
      .history=${[]}
      .locale=${locale}
      user-role=${role}
      today="2025-01-20"
      @ias-change=${onChange}
    ></ias-assessment>
    <p>3. Back on the server, after each edit: mergeEdit into the stored record, changesOf for the audit.</p>
    <div class="server" role="status"></div>
  </section>`;
}

const meta: Meta<Args> = {
  title: 'Patterns/Server-side redaction',
  argTypes: { locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] } },
  args: { locale: 'de' },
  parameters: { layout: 'padded', actions: { handles: ['ias-change'] } },
  render: (a) => html`${a.snapshots.map((id) => roundTrip(id, a.role, a.locale))}`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A social worker and Dawit Tesfaye's Kurzassessment: health and debts never reach the browser; whatever
 * the social worker edits, the merged record keeps them as stored.
 */
export const SocialWorker: Story = {
  args: { role: 'social_worker', snapshots: [dawit.snapshots[0]!.id] },
};

/**
 * An external assessing office and Samira Haidari's file: the Kurzassessment is not sent at all, the
 * Praxisassessment is sent whole and its edits are taken.
 */
export const ExternalOffice: Story = {
  args: {
    role: 'external_office',
    snapshots: [samira.snapshots.find((s) => s.templateId.endsWith('kurzassessment'))!.id, 'pa-2024-05'],
  },
};
