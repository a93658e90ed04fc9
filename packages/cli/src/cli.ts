/**
 * The `ias-kit` command line (Node). Commands:
 *
 *   ias-kit indicators FILE --at YYYY-MM-DD [--by cohort,status] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *                           [--format table|csv|json] [--indicators id,id] [--definitions FILE.json]
 *                           [--threads N] [--report [--format table|csv|html|json] [--locale de|fr|it|en]]
 *   ias-kit validate FILE --schema case|person|...|SCHEMA.json [--overlay OVERLAY.json]
 *                         [--format text|json] [--locale de|fr|it|en]
 *   ias-kit redact [FILE|-] --role ROLE --schema SCHEMA.json [--overlay OVERLAY.json] [--at POINTER]
 *   ias-kit merge [EDITED|-] --stored STORED --role ROLE --schema SCHEMA.json [--overlay ...] [--at POINTER]
 *   ias-kit overlay check|build OVERLAY.json --template TEMPLATE.json [--out VALIDATOR.js] [--format text|json]
 *
 * FILE is JSON, NDJSON (.ndjson/.jsonl) or CSV (.csv); `--input-format` overrides the extension.
 * Exit codes: 0 all records good; 1 some records bad (they are listed, the good ones still counted);
 * 2 usage error or unreadable file/schema/overlay. Never prints a stack trace.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { IasError, LOCALES, isCalendarDate, type Locale } from '@ias-kit/core';
import {
  GROUP_KEYS,
  INDICATOR_IDS,
  checkProfileFields,
  createIndicatorAccumulator,
  reportCsv,
  resolveDefinitions,
  reportTable,
  signableReport,
  signableReportCsv,
  signableReportHtml,
  signableReportText,
  type GroupKey,
  type IndicatorDefinitions,
  type IndicatorId,
  type IndicatorOptions,
} from './core.js';
import {
  UsageError,
  inputFormat,
  known,
  printable,
  readJsonFile,
  requireFile,
  where,
  type Args,
  type Io,
} from './common.js';
import { accumulateInParallel, feed, type Unreadable } from './parallel.js';
import {
  INPUT_FORMATS,
  detectFormat,
  readRecords,
  showPosition,
  textEncoding,
  type Position,
} from './read.js';
import { KIT_SCHEMA_NAMES } from './schema-names.js';

export type { Io } from './common.js';

/**
 * Below this size an NDJSON file is read by one thread. Each thread pays its own start and JIT
 * warm-up, and on two cores the threads' compilers and collectors compete: measured, two threads
 * break even at about 40,000 persons (45 MB) and save 30 % at 100,000 (111 MB).
 */
const PARALLEL_MIN_BYTES = 40 * 1024 * 1024;

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

const USAGE = `Usage:
  ias-kit indicators FILE --at YYYY-MM-DD [--by ${GROUP_KEYS.join(',')}] [--from DATE] [--to DATE]
                          [--format table|csv|json] [--indicators ID,...] [--definitions FILE.json]
                          [--threads N]
                          [--report [--format table|csv|html|json] [--locale de|fr|it|en]]
      --report: the report an officer signs: per figure numerator, denominator, exclusions by
      reason, definition and parameters, and the person ids behind each count (html: A4 page).
  ias-kit validate FILE --schema ${KIT_SCHEMA_NAMES.join('|')}|SCHEMA.json [--overlay OVERLAY.json]
                        [--format text|json] [--locale de|fr|it|en]
  ias-kit redact [FILE|-] --role ROLE --schema SCHEMA.json [--overlay OVERLAY.json] [--at POINTER]
  ias-kit merge [EDITED|-] --stored STORED --role ROLE --schema SCHEMA.json [--overlay OVERLAY.json] [--at POINTER]
  ias-kit overlay check|build OVERLAY.json --template TEMPLATE.json [--out VALIDATOR.js] [--format text|json]
redact/merge: NDJSON in and out (stdin without FILE); --at names the value the schema describes in each record.
FILE: JSON (array), NDJSON (.ndjson, .jsonl) or CSV (.csv); --input-format ${INPUT_FORMATS.join('|')} overrides.
Exit codes: 0 all records good, 1 bad records (listed; good ones still counted), 2 usage or unreadable input.
`;

const FLAGS = new Set(['help', 'report']);

function parseArgs(argv: readonly string[]): Args {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h') {
      options.set('help', 'true');
    } else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (FLAGS.has(name)) {
        options.set(name, 'true');
        continue;
      }
      const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined || (eq < 0 && value.startsWith('--')))
        throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else positional.push(a);
  }
  if (positional[0] === 'overlay') {
    if (positional.length > 3) throw new UsageError(`unexpected argument "${positional[3]}"`);
    return { command: 'overlay', sub: positional[1], file: positional[2], options };
  }
  if (positional.length > 2) throw new UsageError(`unexpected argument "${positional[2]}"`);
  return { command: positional[0], file: positional[1], options };
}

function date(options: Map<string, string>, name: string, required: boolean): string | undefined {
  const v = options.get(name);
  if (v === undefined) {
    if (required) throw new UsageError(`--${name} YYYY-MM-DD is required`);
    return undefined;
  }
  if (!isCalendarDate(v)) throw new UsageError(`--${name} ${JSON.stringify(v)} is not a date YYYY-MM-DD`);
  return v;
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return (
    rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n') +
    '\n'
  );
}

/**
 * Refuses a definitions file whose profile pointers name no field of the kit's Kurzassessment
 * (every version; only the templates it is meant for when `profileTemplates` names them).
 */
async function checkDefinitionsFile(file: string, definitions: Partial<IndicatorDefinitions>) {
  if (definitions === null || typeof definitions !== 'object' || Array.isArray(definitions))
    throw new UsageError(`--definitions ${file}: not a JSON object`);
  let resolved: IndicatorDefinitions;
  try {
    resolved = resolveDefinitions(definitions);
  } catch (e) {
    if (e instanceof IasError) throw new UsageError(`--definitions ${file}: ${e.message}`);
    throw e;
  }
  const { KURZASSESSMENT_TEMPLATES } = await import('./templates.js');
  const wanted = resolved.profileTemplates;
  const templates = KURZASSESSMENT_TEMPLATES.filter((t) => {
    const id = String((t as { $id?: unknown }).$id ?? '');
    const uri = id.split('@')[0]!;
    return wanted.length === 0 || wanted.some((w) => w === uri || uri.endsWith(`/${w}`));
  });
  const problems = checkProfileFields(resolved.profileFields, templates);
  if (problems.length)
    throw new UsageError(`--definitions ${file}:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
}

async function indicators(args: Args, io: Io): Promise<number> {
  known(args.options, [
    'at',
    'by',
    'from',
    'to',
    'format',
    'indicators',
    'definitions',
    'input-format',
    'threads',
    'help',
    'report',
    'locale',
  ]);
  const file = requireFile(args.file);
  const givenThreads = args.options.get('threads');
  if (
    givenThreads !== undefined &&
    !(/^\d+$/.test(givenThreads) && +givenThreads >= 1 && +givenThreads <= 64)
  )
    throw new UsageError('--threads must be a whole number from 1 to 64');
  const at = date(args.options, 'at', true)!;
  const from = date(args.options, 'from', false);
  const to = date(args.options, 'to', false);
  const by = (args.options.get('by') ?? '').split(',').filter(Boolean) as GroupKey[];
  for (const k of by)
    if (!GROUP_KEYS.includes(k)) throw new UsageError(`--by: "${k}" is not one of ${GROUP_KEYS.join(', ')}`);
  const format = args.options.get('format') ?? 'table';
  const signable = args.options.has('report');
  if (!['table', 'csv', 'json', ...(signable ? ['html'] : [])].includes(format))
    throw new UsageError(`--format must be table, csv${signable ? ', html' : ''} or json`);
  const locale = args.options.get('locale') ?? 'en';
  if (!(LOCALES as readonly string[]).includes(locale))
    throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  const ids = args.options.get('indicators')?.split(',').filter(Boolean) as IndicatorId[] | undefined;
  for (const id of ids ?? [])
    if (!INDICATOR_IDS.includes(id))
      throw new UsageError(`--indicators: "${id}" is unknown (known: ${INDICATOR_IDS.join(', ')})`);
  const defsFile = args.options.get('definitions');
  const definitions = defsFile
    ? (readJsonFile(defsFile, 'definitions file') as Partial<IndicatorDefinitions>)
    : undefined;
  if (definitions) await checkDefinitionsFile(defsFile!, definitions);
  const options: IndicatorOptions = {
    at,
    by,
    ...(from || to ? { period: { ...(from ? { from } : {}), ...(to ? { to } : {}) } } : {}),
    ...(definitions ? { definitions } : {}),
    ...(ids ? { indicators: ids } : {}),
    collectIds: format === 'json' || signable,
  };
  let acc;
  try {
    acc = createIndicatorAccumulator(options); // checks the options once, before any thread starts
  } catch (e) {
    if (e instanceof IasError) throw new UsageError(e.message);
    throw e;
  }
  // A record's index is its line (NDJSON, CSV) or its array index (JSON).
  const kind = inputFormat(args.options) ?? detectFormat(file);
  const positionOf = (n: number): Position => (kind === 'json' ? { index: n } : { line: n });
  let unreadable: Unreadable[] = [];
  const size = statSync(file).size;
  const threads = givenThreads ? Number(givenThreads) : Math.min(8, availableParallelism());
  if (
    kind === 'ndjson' &&
    threads > 1 &&
    (givenThreads || size >= PARALLEL_MIN_BYTES) &&
    textEncoding(file) === 'utf8' // threads cut the file at UTF-8 line ends
  ) {
    ({ acc, unreadable } = await accumulateInParallel(file, size, options, threads));
  } else await feed(readRecords(file, kind), acc, unreadable);
  const report = acc.result();
  const unreadableText = unreadable.map((u) => `${showPosition(u.position)}: ${u.message}`);
  const bad = [
    ...unreadableText,
    ...report.rejected.map((r) => `${where(positionOf(r.index), r.id)}: ${r.message}`),
  ];
  if (signable) {
    const l = locale as Locale;
    if (format === 'json') io.out(JSON.stringify(signableReport(report, l), null, 2) + '\n');
    else if (format === 'csv') io.out(signableReportCsv(report, l));
    else if (format === 'html') io.out(signableReportHtml(report, l));
    else io.out(signableReportText(report, l));
  } else if (format === 'json') {
    const rejected = report.rejected.map((r) => ({ ...r, position: positionOf(r.index) }));
    io.out(JSON.stringify({ ...report, rejected, unreadable: unreadableText }, null, 2) + '\n');
  } else if (format === 'csv') {
    io.out(reportCsv(report));
  } else {
    const { header, rows } = reportTable(report);
    const reasons = header.slice(header.indexOf('rate') + 1);
    const lines = [['indicator', ...report.by, 'num', 'den', 'rate', 'excluded']];
    for (const r of rows) {
      const excl = reasons
        .map((h, i) => [h.replace('excluded:', ''), r[header.indexOf('rate') + 1 + i]!] as const)
        .filter(([, v]) => v !== '0')
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      const rate = r[header.indexOf('rate')]!;
      lines.push([
        r[0]!,
        ...report.by.map((_, i) => r[2 + i]!),
        r[header.indexOf('numerator')]!,
        r[header.indexOf('denominator')]!,
        rate === '' ? '-' : `${(Number(rate) * 100).toFixed(1)}%`,
        excl || '-',
      ]);
    }
    io.out(
      `IAS indicators at ${report.at}; goals measured up to ${report.goalWindow.to}${report.goalWindow.from ? ` from ${report.goalWindow.from}` : ''}; Kennzahlen ${report.period.from}..${report.period.to}\n` +
        pad(lines) +
        `${report.persons + unreadable.length} records read, ${report.persons - report.rejected.length} used, ${bad.length} bad\n` +
        `Definitions: ${definitions ? `${defsFile} over the defaults` : 'defaults'} (all values: --format json, "definitions")\n`,
    );
  }
  if (bad.length) {
    io.err(
      `ias-kit indicators: ${bad.length} bad record(s) in ${file} (left out of every figure):\n${bad.map((b) => `  ${b}\n`).join('')}`,
    );
    return 1;
  }
  return 0;
}

/** Runs the command line with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], raw: Io = defaultIo): Promise<number> {
  const io: Io = { out: (t) => raw.out(printable(t)), err: (t) => raw.err(printable(t)) };
  try {
    const args = parseArgs(argv);
    if (args.options.has('help') || args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (!args.command) {
      io.err(USAGE);
      return 2;
    }
    if (args.command === 'indicators') return await indicators(args, io);
    if (args.command === 'validate') return await (await import('./validate.js')).validate(args, io);
    if (args.command === 'redact') return await (await import('./access.js')).redactCommand(args, io);
    if (args.command === 'merge') return await (await import('./access.js')).mergeCommand(args, io);
    if (args.command === 'overlay') return await (await import('./overlay.js')).overlayCommand(args, io);
    throw new UsageError(`unknown command "${args.command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ias-kit: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`ias-kit: ${message}\n`);
    return 2;
  }
}
