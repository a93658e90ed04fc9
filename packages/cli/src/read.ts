/**
 * Streaming readers of case exports: NDJSON (one JSON value per line), CSV (flat person export,
 * see `INDICATOR_CSV_COLUMNS` in core) and JSON (an array, or an object with a `records`/`cases`
 * array, or one object). NDJSON and CSV are read chunk by chunk in constant memory; a JSON
 * document must be parsed whole, so use NDJSON for large files.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { CsvReader, csvRowToRecord } from './core.js';

export const INPUT_FORMATS = ['ndjson', 'csv', 'json'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Where a record is: a 1-based line (NDJSON, CSV) or a 0-based array index (JSON). */
export type Position = { line: number } | { index: number };

export const showPosition = (p: Position): string => ('line' in p ? `line ${p.line}` : `index ${p.index}`);

export type Item =
  { ok: true; record: unknown; position: Position } | { ok: false; message: string; position: Position };

export function detectFormat(file: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv') return 'csv';
  return 'json';
}

/** The text encodings read: UTF-8 (with or without byte-order mark) and UTF-16 with its byte-order mark. */
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be';

/** The encoding of `file`, from its byte-order mark (none: UTF-8). */
export function textEncoding(file: string): TextEncoding {
  const fd = openSync(file, 'r');
  try {
    const bom = Buffer.alloc(2);
    const got = readSync(fd, bom, 0, 2, 0);
    if (got === 2 && bom[0] === 0xff && bom[1] === 0xfe) return 'utf16le';
    if (got === 2 && bom[0] === 0xfe && bom[1] === 0xff) return 'utf16be';
    return 'utf8';
  } finally {
    closeSync(fd);
  }
}

/** A streaming decoder for `encoding` (UTF-16 big-endian: bytes swapped, then read as little-endian). */
function decoder(encoding: TextEncoding): { write(chunk: Buffer): string; end(): string } {
  if (encoding !== 'utf16be') return new StringDecoder(encoding);
  const le = new StringDecoder('utf16le');
  let odd: number | undefined;
  return {
    write(chunk) {
      const bytes = odd === undefined ? chunk : Buffer.concat([Buffer.of(odd), chunk]);
      const even = bytes.length & ~1;
      odd = even < bytes.length ? bytes[even] : undefined;
      const swapped = Buffer.from(bytes.subarray(0, even)).swap16();
      return le.write(swapped);
    },
    end: () => le.end(),
  };
}

/** The whole text of `file`, in its encoding, without a byte-order mark. */
export function readText(file: string): string {
  const bytes = readFileSync(file);
  const d = decoder(textEncoding(file));
  return (d.write(bytes) + d.end()).replace(/^\uFEFF/, '');
}

/** A clean message for a JSON.parse error (never a stack). */
const parseMessage = (e: unknown) => `not valid JSON (${e instanceof Error ? e.message : String(e)})`;

/** A byte range of a file: `start` inclusive, `end` exclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The bytes of `file` (or of `range`) in 64 kB chunks, read synchronously into one reused buffer:
 * the page cache answers at once, so awaiting a thread-pool read per chunk only left the thread
 * idle (about 5 % of the time), and chunks under V8's large-object size (128 kB) die young, which
 * halved peak memory against 1 MB chunks (measured with `npm run bench:indicators`).
 */
function* chunks(file: string, range?: ByteRange): Generator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 16);
    let pos = range?.start ?? 0;
    const end = range?.end ?? Infinity;
    while (pos < end) {
      const got = readSync(fd, buf, 0, Math.min(buf.length, end - pos), pos);
      if (got === 0) break;
      pos += got;
      yield buf.subarray(0, got); // decoded before the next read
    }
  } finally {
    closeSync(fd);
  }
}

/** Yields the records in batches; returns the number of lines read. */
async function* ndjson(file: string, range?: ByteRange): AsyncGenerator<Item[], number> {
  const decode = decoder(range ? 'utf8' : textEncoding(file)); // ranges are cut at UTF-8 line ends
  let rest = '';
  let line = 0;
  const emit = (text: string, batch: Item[]) => {
    line++;
    let t = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (line === 1 && !range?.start && t.charCodeAt(0) === 0xfeff) t = t.slice(1); // byte-order mark
    if (t.trim() === '') return;
    try {
      batch.push({ ok: true, record: JSON.parse(t), position: { line } });
    } catch (e) {
      batch.push({ ok: false, message: parseMessage(e), position: { line } });
    }
  };
  for (const chunk of chunks(file, range)) {
    const text = rest + decode.write(chunk);
    const batch: Item[] = [];
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl >= 0) {
      emit(text.slice(start, nl), batch);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    yield batch;
  }
  rest += decode.end();
  const batch: Item[] = [];
  if (rest !== '') emit(rest, batch);
  yield batch;
  return line;
}

async function* csv(file: string): AsyncGenerator<Item[]> {
  const reader = new CsvReader();
  const decode = decoder(textEncoding(file));
  let header: string[] | undefined;
  const handle = (rows: { line: number; cells: string[] }[]): Item[] => {
    const out: Item[] = [];
    for (const row of rows) {
      if (!header) {
        header = row.cells.map((c) => c.replace(/^\uFEFF/, '').trim());
        if (!header.includes('id')) {
          out.push({ ok: false, message: 'the CSV header has no "id" column', position: { line: row.line } });
        }
        continue;
      }
      if (row.cells.length !== header.length) {
        out.push({
          ok: false,
          message: `${row.cells.length} cells, but the header has ${header.length} columns`,
          position: { line: row.line },
        });
        continue;
      }
      out.push({ ok: true, record: csvRowToRecord(header, row.cells), position: { line: row.line } });
    }
    return out;
  };
  for (const chunk of chunks(file)) {
    yield handle(reader.push(decode.write(chunk)));
  }
  yield handle(reader.push(decode.end()));
  if (reader.unterminated) {
    yield [
      {
        ok: false,
        message: 'a quoted field is not closed before the end of the file',
        position: { line: reader.currentRowLine },
      },
    ];
  } else yield handle(reader.end());
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

async function* json(file: string): AsyncGenerator<Item[]> {
  const text = readText(file);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    yield [{ ok: false, message: parseMessage(e), position: { line: at ? lineOf(text, Number(at[1])) : 1 } }];
    return;
  }
  const obj = doc as Record<string, unknown> | null;
  const list = Array.isArray(doc)
    ? doc
    : obj && Array.isArray(obj.records)
      ? obj.records
      : obj && Array.isArray(obj.cases)
        ? obj.cases
        : [doc];
  yield list.map((record, index): Item => ({ ok: true, record, position: { index } }));
}

/** The records of `file`, in batches (one per chunk read). Throws only for a file that cannot be opened. */
export function readRecords(
  file: string,
  format: InputFormat = detectFormat(file),
): AsyncGenerator<Item[], number | void> {
  return format === 'ndjson' ? ndjson(file) : format === 'csv' ? csv(file) : json(file);
}

/**
 * The records of the NDJSON lines in `range` of `file` (which must start at the beginning of a
 * line); line numbers count from the range's first line. Returns the number of lines read.
 */
export const readNdjsonRange = (file: string, range: ByteRange): AsyncGenerator<Item[], number> =>
  ndjson(file, range);

/**
 * Cuts `size` bytes of `file` into at most `parts` ranges that start at the beginning of a line (so
 * each can be read by its own thread); empty ranges are left out.
 */
export function splitLines(file: string, size: number, parts: number): ByteRange[] {
  const cuts = [0];
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (let i = 1; i < parts; i++) {
      let pos = Math.max(Math.floor((size * i) / parts), cuts[cuts.length - 1]!);
      let cut = size;
      for (;;) {
        const got = readSync(fd, buf, 0, buf.length, pos);
        if (got <= 0) break;
        const nl = buf.subarray(0, got).indexOf(10);
        if (nl >= 0) {
          cut = pos + nl + 1;
          break;
        }
        pos += got;
      }
      if (cut >= size) break;
      if (cut > cuts[cuts.length - 1]!) cuts.push(cut);
    }
  } finally {
    closeSync(fd);
  }
  return cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? size }));
}
