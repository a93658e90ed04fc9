/** Rendering and query helpers of the timeline's browser tests. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Case } from '@ias-kit/core';
import '../timeline/define.js';
import type { IasTimeline } from '../timeline/timeline.js';

export const root = (el: IasTimeline): ShadowRoot => el.shadowRoot!;

/** The x (in chart pixels at the current zoom) of the item with `key`. */
export const xOf = (el: IasTimeline, key: string): number => {
  const g = root(el).querySelector<SVGGElement>(`[data-key="${key}"]`);
  expect(g, key).not.to.equal(null);
  return Number(g!.dataset['x']);
};

/** x1 of the first line with class `cls` (entry, end or today line). */
export const lineX = (el: IasTimeline, cls: string): number =>
  Number(root(el).querySelector(`.${cls}`)!.getAttribute('x1'));

export const options = (el: IasTimeline): SVGGElement[] => [
  ...root(el).querySelectorAll<SVGGElement>('[role="option"]'),
];

export const active = (el: IasTimeline): SVGGElement | null => root(el).activeElement as SVGGElement | null;

/** A full timeline of `c` in a box `width` px wide, once it has been drawn at that width. */
export async function render(
  c: Case | undefined,
  width = 800,
  today = '2024-06-01',
  lang = 'de',
): Promise<IasTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px">
      <ias-timeline lang=${lang} today=${today} .case=${c}></ias-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('ias-timeline')!;
  await waitUntil(
    () => root(el).querySelector('svg')?.getAttribute('width') === String(width) || !c,
    'resized',
  );
  await el.updateComplete;
  return el;
}
