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
  let total = 0;
  let valid = 0;
  const problems: {
    position: Position;
    id?: string;
    errors: { pointer: string; keyword: string; message: string }[];
  }[] = [];
  for await (const batch of readRecords(file, inputFormat(args.options)))
    for (const item of batch) {
      total++;
      if (!item.ok) {
        problems.push({
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
      problems.push({
        position: item.position,
        ...(typeof rawId === 'string' || typeof rawId === 'number' ? { id: String(rawId) } : {}),
        errors: result.errors.map((e) => ({ pointer: e.pointer, keyword: e.keyword, message: e.message })),
      });
    }
  if (format === 'json') {
    io.out(
      JSON.stringify({ file, schema: schemaName, total, valid, invalid: total - valid, problems }, null, 2) +
        '\n',
    );
  } else {
    for (const p of problems) {
      for (const e of p.errors)
        io.out(
          `${where(p.position, p.id)}: ${e.pointer === '' ? '/' : e.pointer}: ${e.message} [${e.keyword}]\n`,
        );
    }
    io.out(
      `${total} record(s), ${valid} valid, ${total - valid} invalid (schema ${schemaName}${args.options.get('overlay') ? ` + overlay ${args.options.get('overlay')}` : ''})\n`,
    );
  }
  return total === valid ? 0 : 1;
}
