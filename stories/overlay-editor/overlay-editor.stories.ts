import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Overlay } from '@ias-kit/core/schema';
import '@ias-kit/overlay-editor/define.js';
import kurz110 from '../../schemas/forms/sem-kurzassessment-1.1.0.schema.json';
import bad from '../../schemas/overlays/example-bad.overlay.json';
import samiraFile from '../../schemas/samples/samira-haidari.json';
import dawitFile from '../../schemas/samples/dawit-tesfaye.json';

type Obj = Record<string, unknown>;
type Args = { schema: Obj; overlay?: Overlay; records?: unknown[]; locale?: string };

/** The Kurzassessment 1.1 records of the invented sample people (schemas/samples). */
const records = [samiraFile, dawitFile].flatMap((f) =>
  (f.snapshots as { templateVersion: string; templateId: string; data: unknown }[])
    .filter((s) => s.templateId.endsWith('/sem-kurzassessment') && s.templateVersion === '1.1.0')
    .map((s) => s.data),
);

/**
 * A canton's overlay as a specialist leaves it after an afternoon in the editor: a fide field with
 * translated answers in "Sprachen", a relabelled and translated schooling section, the optional family
 * block hidden, debts restricted to case management.
 */
const cantonOverlay: Overlay = {
  $id: 'https://ag.example/ias/overlays/kurzassessment@1.2.0',
  base: 'https://ias-kit.ch/schemas/forms/sem-kurzassessment@^1.1',
  title: { de: 'Kanton Aargau (Beispiel)', fr: 'Canton d’Argovie (exemple)' },
  patch: {
    properties: {
      languages: {
        properties: {
          fideLevel: {
            type: 'string',
            title: 'fide-Niveau mündlich',
            'x-ias-title': {
              de: 'fide-Niveau mündlich',
              fr: 'Niveau fide oral',
              it: 'Livello fide orale',
              en: 'fide level (oral)',
            },
            enum: ['a1', 'a2', 'b1'],
            'x-ias-enum-titles': [
              { de: 'A1 Anfänger', fr: 'A1 débutant', it: 'A1 principiante', en: 'A1 beginner' },
              { de: 'A2 Grundkenntnisse', fr: 'A2 élémentaire', it: 'A2 elementare', en: 'A2 elementary' },
              { de: 'B1 Mittelstufe', fr: 'B1 intermédiaire', it: 'B1 intermedio', en: 'B1 intermediate' },
            ],
          },
        },
      },
      schooling: {
        'x-ias-title': { de: 'Schul- und Bildungsweg', fr: 'Parcours scolaire', it: 'Percorso scolastico' },
      },
      framework: {
        properties: { debts: { 'x-ias-access': { read: ['case_manager'], write: ['case_manager'] } } },
      },
    },
  },
  hide: ['/properties/family'],
};

const meta: Meta<Args> = {
  title: 'Components/Overlay editor/Overlay editor',
  component: 'ias-overlay-editor',
  argTypes: { locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] } },
  args: { schema: kurz110 as Obj, records },
  parameters: { actions: { handles: ['ias-overlay-change', 'ias-overlay-export'] } },
  render: (a) =>
    html`<ias-overlay-editor
      .schema=${a.schema}
      .overlay=${a.overlay}
      .records=${a.records}
      locale=${a.locale ?? 'de'}
      @ias-overlay-export=${(e: Event) => e.preventDefault()}
    ></ias-overlay-editor>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new overlay for the Kurzassessment: nothing changed yet. */
export const NewOverlay: Story = {};

/** Editing a canton's overlay: fide field added, schooling relabelled in three languages, family hidden. */
export const CantonOverlay: Story = { args: { overlay: cantonOverlay } };

/** The same overlay, in French. */
export const CantonOverlayFrench: Story = { args: { overlay: cantonOverlay, locale: 'fr' } };

/** The same overlay, in Italian, with the change list open. */
export const CantonOverlayItalian: Story = {
  args: { overlay: cantonOverlay, locale: 'it' },
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('ias-overlay-editor')!;
    await editor.updateComplete;
    editor.shadowRoot!.querySelector<HTMLElement>('#tab-changes')!.click();
  },
};

/** An overlay loaded from a file that breaks the rules: each problem is shown with its field, pointer and a fix. */
export const RefusedOverlay: Story = { args: { overlay: bad as unknown as Overlay } };

/** A locked SEM core field selected: the reason is shown and "hide" says why it is not possible. */
export const LockedCoreField: Story = {
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('ias-overlay-editor')!;
    await editor.updateComplete;
    const root = editor.shadowRoot!;
    root.querySelector<HTMLElement>('[data-pointer="/properties/person"] .twisty')!.click();
    await editor.updateComplete;
    root.querySelector<HTMLElement>('[data-pointer="/properties/person/properties/status"]')!.click();
    await editor.updateComplete;
    root.querySelector<HTMLElement>('[part="hide"]')!.click();
  },
};

/** Adding a field: the form for a new choice field in "Sprachen". */
export const AddingAField: Story = {
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('ias-overlay-editor')!;
    await editor.updateComplete;
    const root = editor.shadowRoot!;
    root.querySelector<HTMLElement>('[data-pointer="/properties/languages"]')!.click();
    await editor.updateComplete;
    root.querySelector<HTMLElement>('[part="add-field"]')!.click();
    await editor.updateComplete;
    const select = root.querySelector<HTMLSelectElement>('#new-kind')!;
    select.value = 'choice';
    select.dispatchEvent(new Event('change'));
  },
};

/**
 * The data check with failures: the overlay narrows the schooling recognition answers and shortens the
 * competence notes, so records filled before no longer fit; the check lists them before saving.
 */
export const DataCheckWithFailures: Story = {
  args: {
    overlay: {
      $id: 'https://ag.example/ias/overlays/kurzassessment@1.3.0',
      base: 'https://ias-kit.ch/schemas/forms/sem-kurzassessment@^1.1',
    },
  },
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('ias-overlay-editor')!;
    await editor.updateComplete;
    const root = editor.shadowRoot!;
    root.querySelector<HTMLElement>('[data-pointer="/properties/meta"] .twisty')!.click();
    await editor.updateComplete;
    root.querySelector<HTMLElement>('[data-pointer="/properties/meta/properties/organisation"]')!.click();
    await editor.updateComplete;
    const limit = root.querySelector<HTMLInputElement>('#limit-maxLength')!;
    limit.value = '5';
    limit.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    root.querySelector<HTMLElement>('#tab-data')!.click();
    await editor.updateComplete;
    root.querySelector<HTMLElement>('[part="data-run"]')!.click();
  },
};
