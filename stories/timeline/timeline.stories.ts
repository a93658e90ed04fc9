import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Case } from '@ias-kit/core';
import { TIMELINE_VIEWS, type IasTimelineSelectEvent, type TimelineView } from '@ias-kit/timeline';
import '@ias-kit/timeline/define.js';
import { badData, child, finished, newArrival, statusChange, yearFour, youngAdult } from './samples.js';

type Args = {
  case?: Case;
  today?: string;
  locale?: string;
  view: TimelineView;
  width?: string;
  compact: boolean;
};

const meta: Meta<Args> = {
  title: 'Components/Timeline/Timeline',
  component: 'ias-timeline',
  argTypes: {
    locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] },
    view: { control: 'inline-radio', options: [...TIMELINE_VIEWS] },
    today: { control: 'text' },
    width: { control: 'text' },
    compact: { control: 'boolean' },
  },
  args: { case: yearFour, today: '2026-03-02', view: 'chart', width: '100%', compact: false },
  parameters: { actions: { handles: ['ias-timeline-select'] } },
  render: (a) =>
    html`<div style="max-inline-size:${a.width ?? '100%'}">
      <ias-timeline
        .case=${a.case}
        today=${a.today ?? ''}
        .locale=${a.locale}
        view=${a.view}
        ?compact=${a.compact}
        @ias-timeline-select=${(e: IasTimelineSelectEvent) => console.info('ias-timeline-select', e.item)}
      ></ias-timeline>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const NewArrival: Story = { args: { case: newArrival, today: '2026-11-23' } };
export const YearFourManyMeasures: Story = {};
export const StatusChangeFToB: Story = { args: { case: statusChange, today: '2022-01-10' } };
export const Child: Story = { args: { case: child, today: '2026-03-02' } };
export const YoungAdult: Story = { args: { case: youngAdult, today: '2026-03-02' } };
export const FinishedCase: Story = { args: { case: finished, today: '2026-03-02' } };
export const BadData: Story = { args: { case: badData, today: '2026-03-02' } };
export const TableView: Story = { args: { view: 'table' } };
export const Narrow320: Story = { args: { width: '320px' } };
export const French: Story = { args: { locale: 'fr' } };
export const Italian: Story = { args: { locale: 'it' } };
export const English: Story = { args: { locale: 'en' } };
export const EveryLocale: Story = {
  render: (a) =>
    html`<div style="display:grid;gap:2rem">
      ${(['de', 'fr', 'it', 'en'] as const).map(
        (locale) =>
          html`<ias-timeline .case=${child} today=${a.today ?? ''} locale=${locale}></ias-timeline>`,
      )}
    </div>`,
};

/**
 * The compact strip (`compact`): the measures only, one 24 px lane per overlapping measure, under a thin
 * horizon line with the years since entry. No toolbar, notices, milestones or zoom; the same keyboard
 * listbox and `ias-timeline-select`, and a visually hidden table. What the plan editor shows.
 */
export const CompactStrip: Story = { name: 'Compact strip', args: { compact: true } };

/** The compact strip from an entry date and a plan only, without a case (no status: no horizon). */
export const CompactStripWithoutCase: Story = {
  name: 'Compact strip without a case',
  render: (a) =>
    html`<ias-timeline
      compact
      entry-date=${yearFour.entryDate ?? ''}
      .plan=${yearFour.plan}
      today=${a.today ?? ''}
      .locale=${a.locale}
      label="Massnahmen seit Einreise"
      @ias-timeline-select=${(e: IasTimelineSelectEvent) => console.info('ias-timeline-select', e.item)}
    ></ias-timeline>`,
};
