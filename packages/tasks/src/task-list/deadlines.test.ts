import { expect, fixture, html } from '@open-wc/testing';
import { deriveTasks } from '@ias-kit/core/tasks';
import { expectAccessible } from '@ias-kit/ui/test/index.js';
import { sampleCase } from '@ias-kit/core/testing';
import './define.js';
import type { IasTaskList } from './task-list.js';

describe('ias-task-list: the two deadline notions side by side', () => {
  it('a milestone task shows its due date and until when it counts for the indicators', async () => {
    // entry 10.05.2023: the A1 milestone is due 10.05.2026; the indicators count 2026 until 31.12.2026
    const tasks = deriveTasks({ today: '2026-01-15', cases: [sampleCase('k')] }).filter(
      (t) => t.rule === 'language-a1',
    );
    const el = await fixture<IasTaskList>(
      html`<ias-task-list lang="en" today="2026-01-15" .tasks=${tasks}></ias-task-list>`,
    );
    const row = el.shadowRoot!.querySelector<HTMLElement>('[part~="row"]')!;
    expect(row.querySelector('.cell.due')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '10.05.2026 · counts for 2026 until 31.12.2026',
    );
    expect(row.getAttribute('aria-label')).to.contain('Due 10.05.2026. counts for 2026 until 31.12.2026');
    await expectAccessible(el);
  });
});
