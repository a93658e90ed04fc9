import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { refugeeB } from '../test/cases.js';
import './define.js';
import type { IasTimeline } from './timeline.js';

describe('ias-timeline: the two deadline notions side by side', () => {
  it('a goal milestone shows its anniversary and the indicators’ 31 December together', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:800px">
        <ias-timeline lang="en" today="2024-06-01" .case=${refugeeB()}></ias-timeline>
      </div>`,
    );
    const el = wrapper.querySelector<IasTimeline>('ias-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[data-key="milestone:language-a1"]'), 'drawn');
    const a1 = el.shadowRoot!.querySelector('[data-key="milestone:language-a1"]')!;
    // entry 14.09.2021: A1 due 14.09.2024, counted by the indicators for 2024 until 31.12.2024
    expect(a1.getAttribute('aria-label')).to.contain('14.09.2024 · counts for 2024 until 31.12.2024');
    const school = el.shadowRoot!.querySelector('[data-key="milestone:financing-end"]')!;
    expect(school.getAttribute('aria-label')).not.to.contain('counts for');
    await expectAccessible(el);
  });
});
