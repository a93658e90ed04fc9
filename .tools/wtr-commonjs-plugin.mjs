// A dev-server plugin that serves CommonJS packages (Ajv and friends) as ESM bundles built by esbuild.
// Plain node-resolve and @rollup/plugin-commonjs both fail on Ajv's circular requires (toolchain.md).
import { build } from 'esbuild';

const PREFIX = '/__cjs__/';

/** @param {string[]} specifiers bare specifiers to bundle, e.g. 'ajv/dist/2020.js' */
export function commonjsBundlePlugin(specifiers) {
  const cache = new Map();
  return {
    name: 'ias-commonjs-bundle',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return PREFIX + source.replace(/\//g, '~') + '.js';
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const spec = context.path.slice(PREFIX.length, -3).replace(/~/g, '/');
      if (!specifiers.includes(spec)) return undefined;
      if (!cache.has(spec)) {
        cache.set(
          spec,
          build({
            stdin: { contents: `export { default } from '${spec}';`, resolveDir: process.cwd() },
            bundle: true,
            format: 'esm',
            write: false,
            platform: 'browser',
            logLevel: 'silent',
          }).then((r) => r.outputFiles[0].text),
        );
      }
      return { body: await cache.get(spec), type: 'js' };
    },
  };
}
