/**
 * `ias-kit redact` and `ias-kit merge`: the kit's access rules (`@ias-kit/core/access`) over NDJSON
 * streams, for exports to other offices (what an external assessing office may receive) and for taking
 * their edits back. Records are read line by line and written as they are done (constant memory).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { mergeEdit, redact } from '@ias-kit/core/access';
import { applyOverlay, getAt, parsePointer, removeAt, setAt } from '@ias-kit/core/schema';
import { UsageError, known, readJsonFile, requireFile, where, type Args, type Io } from './common.js';

/** The lines of a file (or of stdin for `-` / no file), numbered from 1, blank ones skipped. */
async function* lines(file: string | undefined): AsyncGenerator<{ line: number; text: string }> {
  const input = !file || file === '-' ? process.stdin : createReadStream(requireFile(file));
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() !== '') yield { line, text };
  }
}

type Parsed = { ok: true; record: unknown } | { ok: false; message: string };
function parse(text: string): Parsed {
  try {
    return { ok: true, record: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

interface Setup {
  schema: object;
  role: string;
  /** Pointer of the value the schema describes inside each record (`""`: the record itself). */
  at: string;
}

function setup(args: Args): Setup {
  const role = args.options.get('role');
  if (!role) throw new UsageError("--role is required (a role name of the schema's x-ias-access lists)");
  const file = args.options.get('schema');
  if (!file) throw new UsageError('--schema SCHEMA.json is required (a form template with x-ias-access)');
  let schema = readJsonFile(requireFile(file), 'schema');
  if (typeof schema !== 'object' || schema === null)
    throw new UsageError(`the schema ${file} is not a JSON object`);
  const overlay = args.options.get('overlay');
  if (overlay) {
    try {
      schema = applyOverlay(schema, readJsonFile(requireFile(overlay), 'overlay'));
    } catch (e) {
      throw new UsageError(
        `the overlay ${overlay} cannot be applied: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  const at = args.options.get('at') ?? '';
  try {
    parsePointer(at);
  } catch (e) {
    throw new UsageError(`--at: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { schema: schema as object, role, at };
}

/** Puts `value` back at `at` in `record` (removing the member when `value` is `undefined`). */
function put(record: unknown, at: string, value: unknown): unknown {
  if (at === '') return value;
  return value === undefined ? removeAt(record, at) : setAt(record, at, value);
}

const idOf = (record: unknown) => (record as { id?: unknown } | null)?.id;

/** Writes in blocks, not per record. */
function writer(io: Io) {
  let buffer = '';
  return {
    line(text: string) {
      buffer += text + '\n';
      if (buffer.length > 1 << 16) this.flush();
    },
    flush() {
      if (buffer) io.out(buffer);
      buffer = '';
    },
  };
}

/** `ias-kit redact [FILE|-] --role R --schema S.json [--overlay O.json] [--at POINTER]` */
export async function redactCommand(args: Args, io: Io): Promise<number> {
  known(args.options, ['role', 'schema', 'overlay', 'at', 'help']);
  const { schema, role, at } = setup(args);
  const out = writer(io);
  let records = 0;
  let removedValues = 0;
  let withheld = 0;
  let bad = 0;
  for await (const { line, text } of lines(args.file)) {
    const parsed = parse(text);
    if (!parsed.ok) {
      bad++;
      io.err(`line ${line}: ${parsed.message}\n`);
      continue;
    }
    records++;
    const { value, removed } = redact(schema, getAt(parsed.record, at), role);
    removedValues += removed.length;
    const result = put(parsed.record, at, value);
    // A record the role may not read at all is not written.
    if (result === undefined) withheld++;
    else out.line(JSON.stringify(result));
  }
  out.flush();
  io.err(
    `ias-kit redact: ${records} record(s) for role ${role}: ${removedValues} value(s) removed` +
      `${withheld ? `, ${withheld} record(s) withheld entirely` : ''}${bad ? `, ${bad} unreadable line(s)` : ''}\n`,
  );
  return bad ? 1 : 0;
}

/**
 * `ias-kit merge [EDITED|-] --stored STORED --role R --schema S.json [--overlay O.json] [--at POINTER]`:
 * the n-th edited record is merged into the n-th stored record.
 */
export async function mergeCommand(args: Args, io: Io): Promise<number> {
  known(args.options, ['stored', 'role', 'schema', 'overlay', 'at', 'help']);
  const { schema, role, at } = setup(args);
  const storedFile = args.options.get('stored');
  if (!storedFile)
    throw new UsageError('--stored STORED.ndjson is required (the full records, in the same order)');
  const stored = lines(requireFile(storedFile));
  const out = writer(io);
  let records = 0;
  let refusedRecords = 0;
  let bad = 0;
  for await (const edited of lines(args.file)) {
    const base = await stored.next();
    if (base.done) {
      bad++;
      io.err(`line ${edited.line}: no stored record for this edited record\n`);
      continue;
    }
    const s = parse(base.value.text);
    const e = parse(edited.text);
    if (!s.ok) {
      bad++;
      io.err(`${storedFile} line ${base.value.line}: ${s.message}\n`);
      continue;
    }
    if (!e.ok) {
      bad++;
      io.err(`line ${edited.line}: ${e.message}; the stored record is written unchanged\n`);
      out.line(JSON.stringify(s.record));
      continue;
    }
    records++;
    const { value, refused } = mergeEdit(schema, getAt(s.record, at), getAt(e.record, at), role);
    if (refused.length) {
      refusedRecords++;
      const prefix = (p: string) => (at + p === '' ? '/' : at + p);
      io.err(`${where({ line: edited.line }, idOf(s.record))}: refused ${refused.map(prefix).join(', ')}\n`);
    }
    // Outside `--at` the stored record stands: the schema says nothing about who may change it.
    out.line(JSON.stringify(put(s.record, at, value)));
  }
  for (let rest = await stored.next(); !rest.done; rest = await stored.next()) {
    bad++;
    io.err(`${storedFile} line ${rest.value.line}: no edited record; written unchanged\n`);
    out.line(rest.value.text);
  }
  out.flush();
  io.err(
    `ias-kit merge: ${records} record(s) for role ${role}, ${refusedRecords} with refused changes` +
      `${bad ? `, ${bad} unmatched or unreadable line(s)` : ''}\n`,
  );
  return refusedRecords || bad ? 1 : 0;
}
