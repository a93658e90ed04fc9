/**
 * Exits in the model end to end: the generated case schema accepts every exit as a dated fact in
 * the status history (a move only with its canton), and milestones end the horizon at an exit.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { computeHorizon, computeMilestones } from '../milestones/milestones.js';
import { exitInForce, readStatusHistory } from '../milestones/status-history.js';
import { sampleCase } from '../testing/task-cases.js';
import { EXIT_REASONS, currentStatus, type StatusHistoryEntry } from './status.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../../schemas/model/case.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const base = sampleCase('c-1');
const withHistory = (statusHistory: unknown[]) => ({ ...base, statusHistory });

describe('exits in the generated case schema', () => {
  it.each(EXIT_REASONS.filter((r) => r !== 'moved-canton'))('accepts the exit %s with its date', (exit) => {
    expect(
      validate(
        withHistory([
          { status: 'VA', validFrom: '2020-01-01' },
          { exit, validFrom: '2024-05-01' },
        ]),
      ),
    ).toBe(true);
  });
  it('accepts a move to another canton with the canton, and an arrival from one', () => {
    const h = [
      { arrival: 'moved-canton', canton: 'BE', validFrom: '2021-03-01' },
      { status: 'VA', validFrom: '2020-01-01' },
      { exit: 'moved-canton', canton: 'ZH', validFrom: '2024-05-01' },
    ];
    expect(validate(withHistory(h)), JSON.stringify(validate.errors)).toBe(true);
  });
  it('refuses a move without its canton, an unknown reason and an exit without a date', () => {
    expect(validate(withHistory([{ exit: 'moved-canton', validFrom: '2024-05-01' }]))).toBe(false);
    expect(validate(withHistory([{ exit: 'holiday', validFrom: '2024-05-01' }]))).toBe(false);
    expect(validate(withHistory([{ exit: 'death' }]))).toBe(false);
    expect(() => readStatusHistory([{ exit: 'moved-canton', validFrom: '2024-05-01' }])).toThrow(
      'statusHistory[0].canton',
    );
  });
});

describe('the status history reader', () => {
  const h: StatusHistoryEntry[] = [
    { status: 'VA', validFrom: '2020-01-01' },
    { exit: 'departure', validFrom: '2022-06-01' },
    { status: 'VA', validFrom: '2023-02-01' }, // came back
  ];
  it('knows the exit in force on a day; a later status ends it', () => {
    const { entries } = readStatusHistory(h);
    expect(exitInForce(entries, '2022-05-31')).toBeUndefined();
    expect(exitInForce(entries, '2022-06-01')).toEqual({ exit: 'departure', validFrom: '2022-06-01' });
    expect(exitInForce(entries, '2023-02-01')).toBeUndefined();
    expect(currentStatus(h)).toBe('VA');
  });
});

describe('milestones honour an exit: the horizon ends', () => {
  const input = {
    entryDate: '2020-03-10',
    dateOfBirth: '1995-01-01',
    statusHistory: [
      { status: 'VA' as const, validFrom: '2020-09-01' },
      { exit: 'moved-canton' as const, canton: 'ZH' as const, validFrom: '2024-01-15' },
    ],
  };
  it('keeps the milestones before the exit, marks the later ones `exited`, ends financing on the exit day', () => {
    const ms = Object.fromEntries(computeMilestones(input).map((m) => [m.id, m]));
    expect(ms['language-a1']).toMatchObject({ applicable: true, dueDate: '2023-03-10' });
    expect(ms['education']).toMatchObject({ applicable: false, reason: 'exited', dueDate: '2025-03-10' }); // 25 at entry
    expect(ms['labour-market']).toMatchObject({ applicable: false, reason: 'exited', dueDate: '2027-03-10' });
    expect(ms['social-integration']).toMatchObject({ applicable: false, reason: 'exited' });
    expect(ms['financing-end']).toMatchObject({
      applicable: true,
      dueDate: '2024-01-15',
      exit: { canton: 'ZH' },
    });
    expect(computeHorizon(input)).toMatchObject({
      known: true,
      end: '2024-01-15',
      exit: { exit: 'moved-canton' },
    });
  });
});
