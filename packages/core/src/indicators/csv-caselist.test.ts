import { describe, expect, it } from 'vitest';
import {
  CASE_LIST_CSV_HEADER,
  caseListCsv,
  caseListRows,
  caseloadSummary,
  filterCaseList,
  sortCaseList,
} from './case-list.js';
import { CsvReader, csvRowToRecord, toCsv } from './csv.js';
import { HAND_AT, HAND_COHORT } from '../testing/small-cohort.js';
import { reportCsv, reportTable } from './report.js';
import { computeIndicators } from './accumulator.js';

describe('CsvReader and toCsv', () => {
  it('parses quotes, commas, line breaks and CRLF across chunks, with line numbers', () => {
    const r = new CsvReader();
    const rows = [...r.push('id,note\r\n1,"a, ""b"""\r\n2,"multi'), ...r.push('\nline"\n3,x'), ...r.end()];
    expect(rows).toEqual([
      { line: 1, cells: ['id', 'note'] },
      { line: 2, cells: ['1', 'a, "b"'] },
      { line: 3, cells: ['2', 'multi\nline'] },
      { line: 5, cells: ['3', 'x'] },
    ]);
    expect(r.unterminated).toBe(false);
  });

  it('round-trips through toCsv and defuses formulas', () => {
    const text = toCsv([
      ['a', 'b,c', 'say "hi"'],
      ['=SUM(A1)', '-1', 'x\ny'],
    ]);
    expect(text).toBe('a,"b,c","say ""hi"""\r\n\'=SUM(A1),\'-1,"x\ny"\r\n');
    const r = new CsvReader();
    expect([...r.push(text), ...r.end()].map((x) => x.cells)).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ["'=SUM(A1)", "'-1", 'x\ny'],
    ]);
  });

  it('defuses every formula start on OWASP’s list, and the full-width and pipe variants', () => {
    const hostile = ['\t=1+1', '\r=1+1', '\n=1+1', ' =1+1', '\uFF1D1+1', '|calc', '\uFF20SUM(A1)', '+41 79'];
    const cells = [...new CsvReader().push(toCsv([hostile]))][0]!.cells;
    cells.forEach((cell, i) => expect(cell).toBe(`'${hostile[i]}`));
    expect(toCsv([['Aylin', '2024-01-01', 'a=b']])).toBe('Aylin,2024-01-01,a=b\r\n');
  });

  it('maps a flat export row to a record', () => {
    const header = [
      'id',
      'sex',
      'dateOfBirth',
      'entryDate',
      'statusHistory',
      'languageLevels',
      'education',
      'employment',
      'socialContacts',
      'worker',
    ];
    const rec = csvRowToRecord(header, [
      'x1',
      '2',
      '1990-04',
      '2019-05-10',
      'VA@2019-11-01;FL@2022-03-01',
      'A1@2021-09-01',
      'sek2@2020-08-01..2023-07-31!',
      '2023-01-01..@80;2021-01-01..2021-06-30#2',
      'yes@2024-06-01',
      'w-anna',
    ]);
    expect(rec).toEqual({
      id: 'x1',
      person: { sex: '2', dateOfBirth: '1990-04' },
      entryDate: '2019-05-10',
      responsibleWorker: { id: 'w-anna' },
      statusHistory: [
        { status: 'VA', validFrom: '2019-11-01' },
        { status: 'FL', validFrom: '2022-03-01' },
      ],
      languageLevels: [{ level: 'A1', date: '2021-09-01' }],
      education: [{ level: 'sek2', from: '2020-08-01', to: '2023-07-31', completed: true }],
      employment: [
        { from: '2023-01-01', pensumPercent: 80 },
        { from: '2021-01-01', to: '2021-06-30', firstLabourMarket: false },
      ],
      socialContacts: [{ regularContacts: true, date: '2024-06-01' }],
    });
  });

  it('writes a report as a table and CSV with the totals first', () => {
    const report = computeIndicators(HAND_COHORT, {
      at: HAND_AT,
      by: ['cohort'],
      indicators: ['goal-1-language'],
    });
    const { header, rows } = reportTable(report);
    expect(header.slice(0, 6)).toEqual(['indicator', 'label', 'cohort', 'numerator', 'denominator', 'rate']);
    expect(rows[0]!.slice(2, 6)).toEqual(['all', '3', '5', '0.6000']);
    expect(reportCsv(report, 'de').split('\r\n')[1]).toContain('Ziel 1');
  });
});

describe('case list', () => {
  const rows = caseListRows(HAND_COHORT, HAND_AT);

  it('builds one row per person with status, age group, years since entry, resources and measures', () => {
    const a = rows.find((r) => r.id === 'a')!;
    expect(a).toMatchObject({
      name: 'Amina Beispiel',
      workerId: 'w-anna',
      status: 'FL',
      ageGroup: '26-55',
      yearsSinceEntry: 6,
      resources: { schoolingYears: 12 },
      runningMeasures: [{ id: 'a-m1', type: 'sprachkurs', title: 'Deutsch A2' }],
    });
    expect(a.light).toBe('unknown'); // no light function, no own light
    const lit = caseListRows([{ ...HAND_COHORT[0]!, light: 'warn' }, HAND_COHORT[1]!], HAND_AT, {
      light: () => 'critical',
    });
    expect(lit.map((r) => r.light)).toEqual(['critical', 'critical']);
    expect(caseListRows([{ ...HAND_COHORT[0]!, light: 'warn' }], HAND_AT)[0]!.light).toBe('warn');
    expect(rows.find((r) => r.id === 'c')).toMatchObject({
      yearsSinceEntry: null,
      ageGroup: 'unknown',
      workerId: 'unknown',
    });
    expect(rows.find((r) => r.id === 'b')!.ageGroup).toBe('16-25');
  });

  it('filters, sorts stably and summarises the caseload per worker', () => {
    expect(filterCaseList(rows, { workers: ['w-anna'] }).map((r) => r.id)).toEqual(['a']);
    expect(filterCaseList(rows, { statuses: ['VA'], minYears: 2 }).map((r) => r.id)).toEqual(['d', 'f', 'j']);
    expect(filterCaseList(rows, { text: 'MUSTER' }).map((r) => r.id)).toEqual(['b', 'j']);
    expect(filterCaseList(rows, { hasRunningMeasure: true }).map((r) => r.id)).toEqual(['a', 'h', 'j']);
    expect(
      sortCaseList(rows, 'yearsSinceEntry', 'desc')
        .map((r) => r.id)
        .slice(0, 4),
    ).toEqual(['d', 'e', 'g', 'b']);
    expect(sortCaseList([...rows].reverse(), 'status')).toEqual(sortCaseList(rows, 'status'));
    const load = caseloadSummary(rows);
    expect(load.map((w) => [w.workerId, w.persons])).toEqual([
      ['unknown', 8],
      ['w-anna', 1],
      ['w-luca', 1],
    ]);
    expect(load.reduce((s, w) => s + w.persons, 0)).toBe(rows.length);
  });

  it('exports the filtered rows as CSV', () => {
    const csv = caseListCsv(filterCaseList(rows, { workers: ['w-anna'] }));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(CASE_LIST_CSV_HEADER.join(','));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^a,Amina Beispiel,Anna Fiktiv,FL,26-55,6,2019-05-10,12,,,,sprachkurs,/);
  });
});
