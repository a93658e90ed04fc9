/**
 * CSV in and out (RFC 4180: comma, double quotes, CRLF or LF), without the DOM or Node.
 * - `CsvReader` parses a text stream chunk by chunk (quoted fields may hold commas, quotes and line
 *   breaks) and reports each row with the line it starts on.
 * - `csvRowToRecord` maps one row of a flat person export (`INDICATOR_CSV_COLUMNS`) to an
 *   `IndicatorRecord`.
 * - `toCsv` writes rows; cells starting with `=`, `+`, `-`, `@` get a leading `'` so spreadsheet
 *   programs do not run them as formulas.
 */
import type { Sex } from '../model/person.js';
import type { ResidenceStatus } from '../model/status.js';
import type { LanguageLevel } from '../tasks/types.js';
import type { EducationLevel, IndicatorRecord } from './types.js';

/** A parsed CSV row and the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Incremental CSV parser: `push(chunk)` returns the rows completed so far, `end()` the rest. */
export class CsvReader {
  private cell = '';
  private cells: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private line = 1;
  private rowLine = 1;
  private pendingCr = false;
  private started = false;

  push(chunk: string): CsvRow[] {
    const rows: CsvRow[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === '\n') continue;
      }
      if (this.quoted) {
        if (ch === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (ch === '\n') this.line++;
          this.cell += ch;
        }
        continue;
      }
      if (ch === '"') {
        if (this.afterQuote) this.cell += '"'; // "" inside a quoted field
        this.quoted = true;
        this.afterQuote = false;
        this.started = true;
      } else if (ch === ',') {
        this.cells.push(this.cell);
        this.cell = '';
        this.afterQuote = false;
        this.started = true;
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') this.pendingCr = true;
        this.finishRow(rows);
        this.line++;
        this.rowLine = this.line;
      } else {
        this.cell += ch;
        this.afterQuote = false;
        this.started = true;
      }
    }
    return rows;
  }

  end(): CsvRow[] {
    const rows: CsvRow[] = [];
    this.finishRow(rows);
    return rows;
  }

  /** Whether the input ended inside a quoted field (a malformed file). */
  get unterminated(): boolean {
    return this.quoted;
  }

  /** The line the current (unfinished) row starts on. */
  get currentRowLine(): number {
    return this.rowLine;
  }

  private finishRow(rows: CsvRow[]): void {
    if (this.started || this.cell !== '' || this.cells.length) {
      this.cells.push(this.cell);
      if (!(this.cells.length === 1 && this.cells[0] === ''))
        rows.push({ line: this.rowLine, cells: this.cells });
    }
    this.cell = '';
    this.cells = [];
    this.afterQuote = false;
    this.started = false;
  }
}

/**
 * First characters a spreadsheet may read as the start of a formula or a DDE command (OWASP's CSV
 * injection list: `= + - @`, tab, CR, LF; plus a leading space and `|`, which some programs skip or
 * read as a command, and the full-width forms of `= + - @`, which some programs normalise).
 */
const FORMULA_START = /^[=+\-@\t\r\n |\uFF1D\uFF0B\uFF0D\uFF20]/;

const quote = (value: unknown): string => {
  let s = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Writes rows as CSV text (CRLF line ends, RFC 4180), with formula-injection protection. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/**
 * The columns of a flat person export, one row per person (all optional except `id`):
 * - `id`, `firstName`, `officialName`, `sex` (`1`/`2`/`3`), `dateOfBirth` (`1990`, `1990-04`, `1990-04-12`),
 *   `nationality` (ISO alpha-2), `entryDate`, `decisionDate`, `erstinformationDate`, `commune`,
 *   `worker`, `office` (ids);
 * - `statusHistory`: `STATUS@YYYY-MM-DD` items separated by `;`, e.g. `VA@2019-05-01;FL@2021-02-01`;
 * - `languageLevels`: `LEVEL@YYYY-MM-DD` items, e.g. `A1@2021-03-01;A2@2022-05-01`;
 * - `education`: `LEVEL@FROM..TO` items (`TO` may be empty; `!` after TO: completed),
 *   e.g. `sek2@2021-08-01..2024-07-31!`;
 * - `employment`: `FROM..TO` items, optionally `@PENSUM` and `#2` for the second labour market,
 *   e.g. `2022-01-01..@80`;
 * - `socialContacts`: `yes@YYYY-MM-DD` or `no@YYYY-MM-DD` items.
 * Measures and assessments do not fit one row: export them as JSON or NDJSON.
 */
export const INDICATOR_CSV_COLUMNS = [
  'id',
  'firstName',
  'officialName',
  'sex',
  'dateOfBirth',
  'nationality',
  'entryDate',
  'decisionDate',
  'statusHistory',
  'erstinformationDate',
  'commune',
  'worker',
  'office',
  'languageLevels',
  'education',
  'employment',
  'socialContacts',
] as const;

const items = (s: string | undefined) =>
  (s ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
const at = (item: string): [string, string] => {
  const i = item.lastIndexOf('@');
  return i < 0 ? [item, ''] : [item.slice(0, i), item.slice(i + 1)];
};

/**
 * Maps a CSV row (with its header) to an `IndicatorRecord`. Values are not checked here: malformed
 * dates reach the indicators (and the schema validator) as they are, which report them.
 */
export function csvRowToRecord(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const v: Record<string, string> = {};
  header.forEach((h, i) => {
    const cell = cells[i]?.trim();
    if (cell) v[h.trim()] = cell;
  });
  const r: IndicatorRecord = { id: v.id ?? '' };
  const person: NonNullable<IndicatorRecord['person']> = {};
  if (v.firstName) person.firstName = v.firstName;
  if (v.officialName) person.officialName = v.officialName;
  if (v.sex) person.sex = v.sex as Sex;
  if (v.dateOfBirth) person.dateOfBirth = v.dateOfBirth;
  if (v.nationality)
    person.nationality = { nationalityStatus: '2', country: { countryIdISO2: v.nationality } };
  if (Object.keys(person).length) r.person = person;
  if (v.entryDate) r.entryDate = v.entryDate;
  if (v.decisionDate) r.decisionDate = v.decisionDate;
  if (v.erstinformationDate) r.erstinformationDate = v.erstinformationDate;
  if (v.commune) r.commune = v.commune;
  if (v.worker) r.responsibleWorker = { id: v.worker };
  if (v.office) r.responsibleOffice = { id: v.office, name: v.office };
  if (v.statusHistory) {
    r.statusHistory = items(v.statusHistory).map((x) => {
      const [status, validFrom] = at(x);
      return { status: status as ResidenceStatus, validFrom };
    });
  }
  if (v.languageLevels) {
    r.languageLevels = items(v.languageLevels).map((x) => {
      const [level, date] = at(x);
      return { level: level as LanguageLevel, date };
    });
  }
  if (v.education) {
    r.education = items(v.education).map((x) => {
      const [level, range] = at(x);
      const completed = range.endsWith('!');
      const [from = '', to = ''] = range.replace(/!$/, '').split('..');
      return {
        level: level as EducationLevel,
        from,
        ...(to ? { to } : {}),
        ...(completed ? { completed } : {}),
      };
    });
  }
  if (v.employment) {
    r.employment = items(v.employment).map((x) => {
      const second = x.endsWith('#2');
      const [range, pensum] = at(x.replace(/#2$/, ''));
      const [from = '', to = ''] = range.split('..');
      return {
        from,
        ...(to ? { to } : {}),
        ...(pensum ? { pensumPercent: Number(pensum) } : {}),
        ...(second ? { firstLabourMarket: false } : {}),
      };
    });
  }
  if (v.socialContacts) {
    r.socialContacts = items(v.socialContacts).map((x) => {
      const [yes, date] = at(x);
      return { regularContacts: yes === 'yes' || yes === 'ja' || yes === 'true', date };
    });
  }
  return r as unknown as Record<string, unknown>;
}
