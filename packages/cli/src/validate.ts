/**
 * `ias-kit validate`: checks every record of an export against a kit schema (or a schema file),
 * optionally with a canton overlay. Loaded only for this command (it brings Ajv and the schemas).
 */
import { statSync } from 'node:fs';
import { toLocale, type Locale } from '@ias-kit/core';
import { compileSchema } from '@ias-kit/core/compile';
import { applyOverlay } from '@ias-kit/core/schema';
import {
  UsageError,
  inputFormat,
  known,
  readJsonFile,
  requireFile,
  where,
  type Args,
  type Io,
} from './common.js';
import { readRecords, type Position } from './read.js';
import { KIT_SCHEMA_NAMES } from './schema-names.js';
import { KIT_SCHEMAS } from './schemas.js';

function loadSchema(name: string, overlayFile: string | undefined): object {
  let schema: unknown = (KIT_SCHEMAS as Record<string, object | undefined>)[name];
  if (!schema) {
    if (!statSync(name, { throwIfNoEntry: false }))
      throw new UsageError(
        `--schema: "${name}" is neither a kit schema (${KIT_SCHEMA_NAMES.join(', ')}) nor a file`,
      );
    schema = readJsonFile(name, 'schema');
  }
  if (typeof schema !== 'object' || schema === null)
    throw new UsageError(`the schema ${name} is not a JSON object`);
  if (!overlayFile) return schema;
  const overlay = readJsonFile(overlayFile, 'overlay');
  try {
    return applyOverlay(schema, overlay);
  } catch (e) {
    const issues = (e as { issues?: { pointer?: string; message: string }[] }).issues;
    const detail = issues?.length ? issues.map((i) => `\n  ${i.pointer ?? ''}: ${i.message}`).join('') : '';
    throw new UsageError(
      `the overlay ${overlayFile} cannot be applied: ${e instanceof Error ? e.message : String(e)}${detail}`,
    );
  }
}

/**
 * Messages for date formats in data files. Core's catalogue speaks to a person typing into a form
 * (which accepts dd.mm.yyyy); an export must hold ISO dates, and telling a migration to write
 * DD.MM.YYYY would send it the wrong way.
 */
const DATA_FORMATS: Record<string, Record<Locale, string>> = {
  date: {
    de: 'Kein gültiges Datum: erwartet wird JJJJ-MM-TT (ISO 8601), z. B. 2025-03-31.',
    fr: 'Date non valable : le format attendu est AAAA-MM-JJ (ISO 8601), p. ex. 2025-03-31.',
    it: 'Data non valida: il formato atteso è AAAA-MM-GG (ISO 8601), p. es. 2025-03-31.',
    en: 'Not a valid date: expected YYYY-MM-DD (ISO 8601), e.g. 2025-03-31.',
  },
  'date-time': {
    de: 'Kein gültiger Zeitpunkt: erwartet wird ISO 8601 mit Zeitzone, z. B. 2025-03-31T14:05:00+02:00.',
    fr: 'Horodatage non valable : le format attendu est ISO 8601 avec fuseau, p. ex. 2025-03-31T14:05:00+02:00.',
    it: 'Data e ora non valide: il formato atteso è ISO 8601 con fuso orario, p. es. 2025-03-31T14:05:00+02:00.',
    en: 'Not a valid date-time: expected ISO 8601 with a time zone, e.g. 2025-03-31T14:05:00+02:00.',
  },
};

/** One bad record: where it is and every error of it. */
interface Problem {
  position: Position;
  id?: string;
  errors: { pointer: string; keyword: string; message: string }[];
}

export async function validate(args: Args, io: Io): Promise<number> {
  known(args.options, ['schema', 'overlay', 'format', 'locale', 'input-format', 'help']);
  const file = requireFile(args.file);
  const schemaName = args.options.get('schema');
  if (!schemaName) throw new UsageError(`--schema is required (${KIT_SCHEMA_NAMES.join(', ')} or a file)`);
  const format = args.options.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const locale: Locale = toLocale(args.options.get('locale') ?? 'en') ?? 'en';
  const schema = loadSchema(schemaName, args.options.get('overlay'));
  let validator;
  try {
    validator = compileSchema(schema, { strict: false });
  } catch (e) {
    throw new UsageError(
      `the schema ${schemaName} cannot be compiled: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  // Problems are written as they are found (one write per chunk read), never collected: a migration's
  // export may have a bad field in every one of its 100,000 records.
  let total = 0;
  let valid = 0;
  let written = 0;
  const show = (p: Problem): string =>
    format === 'json'
      ? `${written++ ? ',' : ''}\n    ${JSON.stringify(p)}`
      : p.errors
          .map(
            (e) =>
              `${where(p.position, p.id)}: ${e.pointer === '' ? '/' : e.pointer}: ${e.message} [${e.keyword}]\n`,
          )
          .join('');
  if (format === 'json')
    io.out(
      `{\n  "file": ${JSON.stringify(file)},\n  "schema": ${JSON.stringify(schemaName)},\n  "problems": [`,
    );
  for await (const batch of readRecords(file, inputFormat(args.options))) {
    let out = '';
    for (const item of batch) {
      total++;
      if (!item.ok) {
        out += show({
          position: item.position,
          errors: [{ pointer: '', keyword: 'syntax', message: item.message }],
        });
        continue;
      }
      const result = validator.validate(item.record, locale);
      if (result.valid) {
        valid++;
        continue;
      }
      const rawId = (item.record as { id?: unknown } | null)?.id;
      out += show({
        position: item.position,
        ...(typeof rawId === 'string' || typeof rawId === 'number' ? { id: String(rawId) } : {}),
        errors: result.errors.map((e) => ({
          pointer: e.pointer,
          keyword: e.keyword,
          message: (e.keyword === 'format' && DATA_FORMATS[String(e.params.format)]?.[locale]) || e.message,
        })),
      });
    }
    if (out) io.out(out);
  }
  if (format === 'json') {
    io.out(
      `${written ? '\n  ' : ''}],\n  "total": ${total},\n  "valid": ${valid},\n  "invalid": ${total - valid}\n}\n`,
    );
  } else {
    io.out(
      `${total} record(s), ${valid} valid, ${total - valid} invalid (schema ${schemaName}${args.options.get('overlay') ? ` + overlay ${args.options.get('overlay')}` : ''})\n`,
    );
  }
  return total === valid ? 0 : 1;
}
