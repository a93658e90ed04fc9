import { describe, expect, it } from 'vitest';
import kurz from '../../../../schemas/forms/sem-kurzassessment-1.1.0.schema.json';
import praxis from '../../../../schemas/forms/sem-praxisassessment-1.0.0.schema.json';
import dawit from '../../../../schemas/samples/dawit-tesfaye.json';
import samira from '../../../../schemas/samples/samira-haidari.json';
import { accessOf, changesOf, mergeEdit, redact } from './index.js';

const clone = <T>(v: T): T => structuredClone(v);
const dawitKa = () => clone(dawit.snapshots[0]!.data) as Record<string, unknown>;

describe('redact on the Kurzassessment', () => {
  it('removes health and the debts for a social worker, and keeps everything else as it is', () => {
    const stored = dawitKa();
    const { value, removed } = redact(kurz, stored, 'social_worker');
    expect(removed).toEqual(['/health', '/framework/debts']);
    expect(value).not.toHaveProperty('health');
    expect(value!.framework).toEqual({ housing: 'kollektiv' });
    expect(value!.languages).toBe(stored.languages);
    expect(JSON.stringify(value)).not.toContain('Rückenschmerzen');
  });

  it('gives an external assessing office nothing of the file, and a case manager all of it', () => {
    expect(redact(kurz, dawitKa(), 'external_office')).toEqual({ value: undefined, removed: [''] });
    expect(redact(kurz, dawitKa(), null)).toEqual({ value: undefined, removed: [''] });
    const stored = dawitKa();
    expect(redact(kurz, stored, 'case_manager')).toEqual({ value: stored, removed: [] });
  });

  it('lets an external office read and write the Praxisassessment, a social worker only read it', () => {
    const pa = samira.snapshots[2]!.data;
    expect(redact(praxis, pa, 'external_office').removed).toEqual([]);
    expect(accessOf(praxis).canWrite('/criteria', 'external_office')).toBe(true);
    expect(accessOf(praxis).canRead('/criteria', 'social_worker')).toBe(true);
    expect(accessOf(praxis).canWrite('/criteria', 'social_worker')).toBe(false);
  });
});

describe('mergeEdit: a social worker edits a redacted Kurzassessment', () => {
  it('takes the edit, keeps the hidden blocks, and refuses a tampered health block', () => {
    const stored = dawitKa();
    const sent = clone(redact(kurz, stored, 'social_worker').value!) as Record<
      string,
      Record<string, unknown>
    >;
    sent.goals!.occupationalWish = 'Logistik';
    sent.framework!.housing = 'individuell';
    const ok = mergeEdit(kurz, stored, sent, 'social_worker');
    expect(ok.refused).toEqual([]);
    expect(ok.value).toEqual({
      ...stored,
      goals: { ...(stored.goals as object), occupationalWish: 'Logistik' },
      framework: { housing: 'individuell', debts: 'Keine bekannt.' },
    });

    const tampered = { ...sent, health: { workCapacity: 0 }, framework: { ...sent.framework, debts: '' } };
    const merged = mergeEdit(kurz, stored, tampered, 'social_worker');
    expect(merged.refused).toEqual(['/health', '/framework/debts']);
    expect(merged.value!.health).toEqual(stored.health);
    expect((merged.value!.framework as Record<string, unknown>).debts).toBe('Keine bekannt.');
  });

  it('keeps unknown members, and refuses an edit from a role that may not read the file at all', () => {
    const stored = clone(samira.snapshots[4]!.data) as Record<string, unknown>;
    const sent = redact(kurz, stored, 'social_worker').value as Record<string, unknown>;
    expect(sent.legacyRef).toBe('KLIB-2022-4711');
    expect(mergeEdit(kurz, stored, sent, 'social_worker')).toEqual({ value: stored, refused: [] });
    expect(mergeEdit(kurz, stored, { goals: {} }, 'external_office')).toEqual({
      value: stored,
      refused: [''],
    });
    // Absent is what that role was given: no refusal, nothing lost.
    expect(mergeEdit(kurz, stored, undefined, 'external_office')).toEqual({ value: stored, refused: [] });
  });
});

describe('changesOf between two Kurzassessments', () => {
  const before = samira.snapshots[1]!.data;
  const after = samira.snapshots[4]!.data;

  it('lists each changed value with labels in de/fr/it/en', () => {
    const changes = changesOf(kurz, before, after);
    const school = changes.find((c) => c.pointer === '/schooling/recognition')!;
    expect(school).toMatchObject({ before: 'keine', after: 'beantragt' });
    expect(school.label.de).toMatch(/ › /);
    expect(new Set(Object.values(school.label)).size).toBeGreaterThan(1);
    const item = changes.find((c) => c.pointer.startsWith('/languages/items/1/'))!;
    expect(item.label.de).toMatch(/ 2 › /);
    expect(changes.find((c) => c.pointer === '/legacyRef')).toMatchObject({ after: 'KLIB-2022-4711' });
  });

  it('shows a field the viewing role may not read as changed, without values', () => {
    const b = { ...before, health: { workCapacity: 100 } };
    const a = { ...after, health: { workCapacity: 50 } };
    const full = changesOf(kurz, b, a);
    expect(full.find((c) => c.pointer === '/health/workCapacity')).toMatchObject({ before: 100, after: 50 });
    const seen = changesOf(kurz, b, a, { userRole: 'social_worker' });
    const hidden = seen.filter((c) => c.pointer.startsWith('/health'));
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ pointer: '/health', hidden: true });
    expect(hidden[0]).not.toHaveProperty('before');
    expect(hidden[0]).not.toHaveProperty('after');
    expect(hidden[0]!.label.fr).not.toBe(hidden[0]!.label.de);
    expect(JSON.stringify(seen)).not.toContain('50');
  });
});

describe('rules over conditional branches, alternatives and open members', () => {
  const schema = {
    type: 'object',
    properties: { kind: { type: 'string' } },
    patternProperties: { '^x-': { 'x-ias-access': { read: ['cm'] } } },
    additionalProperties: { 'x-ias-access': { write: ['cm'] } },
    if: { properties: { kind: { const: 'a' } } },
    then: { properties: { secret: { 'x-ias-access': { read: ['cm'] } } } },
    oneOf: [
      { properties: { note: { type: 'string' } } },
      { properties: { note: { 'x-ias-access': { read: ['cm', 'sw'] } } } },
    ],
    $defs: { list: { type: 'array', items: { 'x-ias-access': { read: ['cm'] } } } },
  };
  const access = accessOf({
    ...schema,
    properties: { ...schema.properties, list: { $ref: '#/$defs/list' } },
  });

  it('applies a branch or an alternative whatever the data, and the strictest declaration', () => {
    expect(access.canRead('/secret', 'sw')).toBe(false);
    expect(access.canRead('/note', 'sw')).toBe(true);
    expect(access.canRead('/note', 'other')).toBe(false);
    expect(access.canRead('/x-id', 'sw')).toBe(false);
    expect(access.canRead('/extra', 'sw')).toBe(true);
    expect(access.canWrite('/extra', 'sw')).toBe(false);
    expect(access.canWrite('/kind', 'sw')).toBe(true);
  });

  it('applies an element schema’s declaration to the array as a whole', () => {
    expect(access.canRead('/list', 'sw')).toBe(false);
    expect(access.canRead('/list/3', 'cm')).toBe(true);
  });
});

describe('rules through $ref into bundled resources', () => {
  it('follows a $ref to a bundled $id resource and applies its declarations', () => {
    const schema = {
      $id: 'https://example.org/case.json',
      type: 'object',
      properties: { person: { $ref: 'person.json' } },
      $defs: {
        person: {
          $id: 'person.json',
          type: 'object',
          properties: { health: { $ref: '#/$defs/health' } },
          $defs: { health: { type: 'object', 'x-ias-access': { read: ['case_manager'] } } },
        },
      },
    };
    const { value, removed } = redact(schema, { person: { name: 'N', health: { x: 1 } } }, 'social_worker');
    expect(removed).toEqual(['/person/health']);
    expect(value).toEqual({ person: { name: 'N' } });
  });
});
