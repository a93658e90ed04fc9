import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Case } from '@ias-kit/core';
import { TIMELINE_VIEWS, type IasTimelineSelectEvent, type TimelineView } from '@ias-kit/timeline';
import '@ias-kit/timeline/define.js';
import { badData, child, finished, newArrival, statusChange, yearFour, youngAdult } from './samples.js';

type Args = { case?: Case; today?: string; locale?: string; view: TimelineView; width?: string };

const meta: Meta<Args> = {
  title: 'Components/Timeline/Timeline',
  component: 'ias-timeline',
  argTypes: {
    locale: { control: 'inline-radio', options: ['de', 'fr', 'it', 'en'] },
    view: { control: 'inline-radio', options: [...TIMELINE_VIEWS] },
    today: { control: 'text' },
    width: { control: 'text' },
  },
  args: { case: yearFour, today: '2026-03-02', view: 'chart', width: '100%' },
  parameters: { actions: { handles: ['ias-timeline-select'] } },
  render: (a) =>
    html`<div style="max-inline-size:${a.width ?? '100%'}">
      <ias-timeline
        .case=${a.case}
        today=${a.today ?? ''}
        .locale=${a.locale}
        view=${a.view}
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
