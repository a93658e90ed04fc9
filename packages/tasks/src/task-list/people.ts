import type { Case } from '@ias-kit/core';
import type { TaskPerson } from './task-list.types.js';

/**
 * The `people` of `<ias-task-list>` from the host's cases: name, birth year and the host's number
 * (`person.localPersonId.personId`) per `person.id`, so namesakes can be told apart.
 */
export function taskPeople(cases: readonly Case[]): Record<string, TaskPerson> {
  const out: Record<string, TaskPerson> = {};
  for (const c of cases) {
    const p = c.person;
    if (!p?.id) continue;
    const name = [p.firstName, p.officialName].filter(Boolean).join(' ');
    const year = /^\d{4}/.exec(p.dateOfBirth ?? '')?.[0];
    out[p.id] = {
      ...(name ? { name } : {}),
      ...(year ? { birthYear: year } : {}),
      ...(p.localPersonId?.personId ? { number: p.localPersonId.personId } : {}),
    };
  }
  return out;
}
