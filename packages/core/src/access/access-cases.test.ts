import { describe, expect, it } from 'vitest';
import table from '../../access-cases.json';
import { changesOf, mergeEdit, redact } from './index.js';

/** The published table (`@ias-kit/core/access-cases.json`): what every implementation of the rules must give. */
interface Case {
  op: 'redact' | 'merge' | 'changes';
  schema: keyof typeof table.schemas;
  description: string;
  userRole?: string | null;
  value?: unknown;
  stored?: unknown;
  edited?: unknown;
  before?: unknown;
  after?: unknown;
  expected: unknown;
}

/** JSON has no `undefined`: a result member that is `undefined` is absent from the table. */
const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('access-cases.json', () => {
  const cases = table.cases as Case[];
  it('covers each operation', () => {
    expect(new Set(cases.map((c) => c.op))).toEqual(new Set(['redact', 'merge', 'changes']));
  });
  for (const c of cases) {
    it(`${c.op} ${c.schema} as ${String(c.userRole)}: ${c.description}`, () => {
      const schema = table.schemas[c.schema];
      const role = c.userRole ?? null;
      const got =
        c.op === 'redact'
          ? redact(schema, c.value, role)
          : c.op === 'merge'
            ? mergeEdit(schema, c.stored, c.edited, role)
            : changesOf(schema, c.before, c.after, 'userRole' in c ? { userRole: role } : {});
      expect(asJson(got)).toEqual(c.expected);
    });
  }
});
