import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@ias-kit/form/define.js';
import '@ias-kit/case/define.js';
import '@ias-kit/timeline/define.js';
import '@ias-kit/tasks/define.js';
import '@ias-kit/plan/define.js';
import { intakeSchema, intakeValue } from '../form/samples.js';
import { SAMPLE_CASES, SAMPLE_PROVIDERS, SAMPLE_TODAY } from '@ias-kit/core/testing/cases';

/**
 * A vendor's theme, written in the vendor's own stylesheet: only `--ias-*` custom properties and
 * `::part()` rules, both scoped to a wrapper (`.vendor-theme`). No ias-kit code or file is touched.
 * (In a story it sits in a `<style>` element; in a product it lives in the vendor's CSS.)
 */
const vendorTheme = html`<style>
  .vendor-theme {
    --ias-font-family: Georgia, 'Times New Roman', serif;
    --ias-color-text: #2d1b3d;
    --ias-color-text-muted: #5b4a68;
    --ias-color-primary: #6b2c91;
    --ias-color-focus: #c2410c;
    --ias-color-border: #7c6a89;
    --ias-color-border-subtle: #e2d6ec;
    --ias-color-surface-raised: #f7f1fb;
    --ias-radius: 12px;
    --ias-space-s: 0.625rem;
    --ias-form-control-max-width: 28rem;
    --ias-task-list-row-border: 2px dotted #b59bc8;
    --ias-integration-plan-row-border: 2px solid #e2d6ec;
    --ias-timeline-today-color: #c2410c;
  }
  .vendor-theme ias-form::part(base) {
    padding: 1rem 1.25rem;
    border-inline-start: 6px solid #6b2c91;
    background: #fcf9fe;
  }
  .vendor-theme ias-form::part(submit) {
    border-radius: 999px;
    padding-inline: 2rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .vendor-theme ias-task-list::part(row):hover {
    background: #f7f1fb;
  }
  .vendor-theme ias-integration-plan::part(section),
  .vendor-theme ias-timeline::part(base) {
    border-radius: 12px;
  }
</style>`;

const meta: Meta = {
  title: 'Patterns/Theming',
  parameters: { layout: 'padded', actions: { handles: ['ias-change', 'ias-case-change'] } },
};
export default meta;

/**
 * The same `<ias-form>` twice: left with the kit's defaults, right inside `.vendor-theme`, which sets
 * custom properties (font, colours, radius, spacing, control width) and styles the `base` and `submit`
 * parts. Nothing else differs.
 */
export const DefaultAndVendorForm: StoryObj = {
  name: 'Form: default and vendor theme',
  render: () =>
    html`${vendorTheme}
      <div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(22rem,100%),1fr));gap:2rem">
        <section aria-label="Default theme">
          <h2>Default</h2>
          <ias-form .schema=${intakeSchema} .value=${intakeValue} submit-label="Speichern"></ias-form>
        </section>
        <section aria-label="Vendor theme" class="vendor-theme">
          <h2>Vendor theme</h2>
          <ias-form .schema=${intakeSchema} .value=${intakeValue} submit-label="Speichern"></ias-form>
        </section>
      </div>`,
};

const sample = SAMPLE_CASES.find((c) => c.id === 'c07') ?? SAMPLE_CASES[0]!;

/** The whole case workspace (timeline, tasks, plan editor) under the vendor theme. */
export const VendorWorkspace: StoryObj = {
  name: 'Case workspace: vendor theme',
  render: () =>
    html`${vendorTheme}
      <div class="vendor-theme">
        <ias-case .case=${sample} today=${SAMPLE_TODAY} lang="de">
          <section aria-label="Zeitachse"><ias-timeline></ias-timeline></section>
          <section aria-label="Aufgaben" style="margin-block-start:1.5rem">
            <ias-task-list view="person"></ias-task-list>
          </section>
          <section aria-label="Integrationsplan" style="margin-block-start:1.5rem">
            <ias-integration-plan
              .providers=${SAMPLE_PROVIDERS}
              .user=${sample.responsibleWorker}
              now="${SAMPLE_TODAY}T09:00:00Z"
              today=${SAMPLE_TODAY}
            ></ias-integration-plan>
          </section>
        </ias-case>
      </div>`,
};
