import { describe, expect, it } from 'vitest';
import Ajv2020Import from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { computeMilestones, currentStatus, milestoneInputOf } from '@ias-kit/core';
import { SAMPLE_CASES, SAMPLE_PROVIDERS, SAMPLE_TODAY } from './cases.js';

type AjvLike = {
  addSchema(s: object): void;
  getSchema(id: string): ((d: unknown) => boolean) & { errors?: unknown };
};
const unwrap = <T>(m: T | { default: T }): T => ((m as { default?: T }).default ?? m) as T;
const Ajv2020 = unwrap(Ajv2020Import as unknown as new (o: object) => AjvLike);
const addFormats = unwrap(addFormatsImport as unknown as (a: AjvLike) => void);

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
for (const f of readdirSync('schemas/model'))
  ajv.addSchema(JSON.parse(readFileSync(`schemas/model/${f}`, 'utf8')));
const validator = (name: string) => ajv.getSchema(`https://ias-kit.ch/schemas/model/${name}.schema.json`)!;

describe('the twenty sample cases', () => {
  it('are twenty, with unique ids, and valid against the generated case schema', () => {
    expect(SAMPLE_CASES).toHaveLength(20);
    expect(new Set(SAMPLE_CASES.map((c) => c.id)).size).toBe(20);
    const validate = validator('case');
    for (const c of SAMPLE_CASES) {
      const ok = validate(c);
      expect(ok, `${c.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('providers are valid against the provider schema', () => {
    const validate = validator('provider');
    for (const p of SAMPLE_PROVIDERS)
      expect(validate(p), `${p.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('cover B and F, a status change, children, young adults, adults, new and finished cases', () => {
    const statuses = new Set(SAMPLE_CASES.map((c) => currentStatus(c.statusHistory)));
    expect([...statuses].sort()).toEqual(['FL', 'VA', 'VA-FL']);
    expect(SAMPLE_CASES.some((c) => c.statusHistory.length > 1)).toBe(true);
    const ageAtEntry = (c: (typeof SAMPLE_CASES)[number]) =>
      Number(c.entryDate!.slice(0, 4)) - Number(c.person.dateOfBirth.slice(0, 4));
    expect(SAMPLE_CASES.some((c) => ageAtEntry(c) <= 4)).toBe(true);
    expect(SAMPLE_CASES.some((c) => ageAtEntry(c) >= 16 && ageAtEntry(c) <= 25)).toBe(true);
    expect(SAMPLE_CASES.some((c) => ageAtEntry(c) > 50)).toBe(true);
    expect(SAMPLE_CASES.some((c) => c.phase === 'abschluss')).toBe(true);
    expect(SAMPLE_CASES.some((c) => c.entryDate! > '2025-06-01')).toBe(true);
    expect(SAMPLE_CASES.every((c) => (c.lastActivity ?? '') <= `${SAMPLE_TODAY}T23:59:59Z`)).toBe(true);
  });

  it('give every case a milestone horizon without errors', () => {
    for (const c of SAMPLE_CASES) expect(computeMilestones(milestoneInputOf(c)).length).toBeGreaterThan(0);
  });
});
