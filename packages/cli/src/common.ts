/** What the commands share: arguments, usage errors and reading files. */
import { statSync } from 'node:fs';
import { INPUT_FORMATS, readText, showPosition, type InputFormat, type Position } from './read.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * `text` with control characters other than tab, line feed and carriage return written as `\u0000`
 * escapes: a record or a file name holding NUL or escape bytes must not reach a terminal or a log raw.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
export const printable = (text: string): string =>
  text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A mistake of the caller: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface Args {
  command: string | undefined;
  /** The sub-command of commands that have one (`overlay check`). */
  sub?: string | undefined;
  file: string | undefined;
  options: Map<string, string>;
}

export function known(options: Map<string, string>, allowed: string[]): void {
  for (const k of options.keys()) if (!allowed.includes(k)) throw new UsageError(`unknown option --${k}`);
}

export function inputFormat(options: Map<string, string>): InputFormat | undefined {
  const f = options.get('input-format');
  if (f === undefined) return undefined;
  if (!(INPUT_FORMATS as readonly string[]).includes(f))
    throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(', ')}`);
  return f as InputFormat;
}

export function requireFile(file: string | undefined): string {
  if (!file) throw new UsageError('no FILE given');
  const s = statSync(file, { throwIfNoEntry: false });
  if (!s) throw new UsageError(`cannot read ${file}: no such file`);
  if (!s.isFile()) throw new UsageError(`cannot read ${file}: not a file`);
  return file;
}

export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readText(file);
  } catch {
    throw new UsageError(`cannot read the ${what} ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(
      `the ${what} ${file} is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}

/** `line 3 (id c-17)`: where a record is, for messages. */
export const where = (p: Position, id: unknown) =>
  `${showPosition(p)}${typeof id === 'string' || typeof id === 'number' ? ` (id ${String(id)})` : ''}`;
