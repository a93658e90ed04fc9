/**
 * `ias-kit overlay check|build OVERLAY.json --template TEMPLATE.json`: checks a canton overlay against its
 * template with core's `checkOverlay` (the rules `<ias-overlay-editor>` enforces) and builds the
 * precompiled validator of the effective schema for hosts with a strict Content-Security-Policy.
 */
import { writeFileSync } from 'node:fs';
import { checkOverlay, parseVersionedId, type OverlayIssue } from '@ias-kit/core/schema';
import { UsageError, known, readJsonFile, requireFile, type Args, type Io } from './common.js';
import { standaloneModule } from './standalone.js';

export const OVERLAY_SUBCOMMANDS = ['check', 'build'] as const;

const describe = (issues: readonly OverlayIssue[]): string =>
  issues.map((i) => `  ${i.pointer || '/'}  [${i.code}] ${i.message}\n`).join('');

/** esbuild's tree shaking when esbuild is installed (the repository); a published CLI writes the module as is. */
async function shaker(): Promise<((code: string) => Promise<string>) | undefined> {
  try {
    const { transform } = await import('esbuild');
    return async (code) =>
      (await transform(code, { format: 'esm', treeShaking: true, target: 'es2020', charset: 'utf8' })).code;
  } catch {
    return undefined;
  }
}

export async function overlayCommand(args: Args, io: Io): Promise<number> {
  known(args.options, ['template', 'out', 'format', 'help']);
  const sub = args.sub;
  if (!sub || !(OVERLAY_SUBCOMMANDS as readonly string[]).includes(sub))
    throw new UsageError(`overlay needs check or build, not ${JSON.stringify(sub ?? '')}`);
  const format = args.options.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const overlayFile = requireFile(args.file);
  const templateFile = args.options.get('template');
  if (!templateFile) throw new UsageError('--template TEMPLATE.json is required');
  const template = readJsonFile(requireFile(templateFile), 'template');
  const overlay = readJsonFile(overlayFile, 'overlay');
  const check = checkOverlay(template, overlay);
  const id =
    typeof (overlay as { $id?: unknown })?.$id === 'string' ? (overlay as { $id: string }).$id : overlayFile;
  if (sub === 'check' || !check.ok) {
    if (format === 'json') io.out(`${JSON.stringify({ ok: check.ok, errors: check.errors }, null, 2)}\n`);
    else if (check.ok) io.out(`ias-kit overlay: ${id} is accepted for ${templateFile}\n`);
    if (!check.ok) {
      io.err(
        `ias-kit overlay: ${id} is refused (${check.errors.length} problem(s)):\n${describe(check.errors)}`,
      );
      return 1;
    }
    return 0;
  }
  const out = args.options.get('out');
  if (!out || !/\.m?js$/.test(out)) throw new UsageError('--out FILE.js is required for build');
  const { version } = parseVersionedId(id);
  const mod = await standaloneModule(
    check.schema,
    `${templateFile} + ${overlayFile}${version ? ` (${version})` : ''}`,
    await shaker(),
  );
  writeFileSync(out, mod.js);
  writeFileSync(out.replace(/\.m?js$/, '.d.ts'), mod.dts);
  if (format === 'json') io.out(`${JSON.stringify({ ok: true, errors: [], out, bytes: mod.js.length })}\n`);
  else
    io.out(
      `ias-kit overlay: ${id} is accepted; wrote ${out} (${Math.round(mod.js.length / 1024)} kB) and its .d.ts\n`,
    );
  return 0;
}
