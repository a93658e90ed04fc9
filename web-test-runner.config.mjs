// Element tests in real browsers: Debian's Chromium and Firefox ESR, never a downloaded browser.
// See ../shared/docs/toolchain.md for why the launchers and the CommonJS plugin look the way they do.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { commonjsBundlePlugin } from './.tools/wtr-commonjs-plugin.mjs';
import { corpusPlugin } from './.tools/wtr-corpus-plugin.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './.tools/chromium.mjs';

const FIREFOX = process.env.IAS_FIREFOX ?? '/usr/bin/firefox-esr';
const only = process.env.IAS_BROWSERS?.split(',');

const browsers = [];
if (!only || only.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    }),
  );
}
if ((!only || only.includes('firefox')) && existsSync(FIREFOX)) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  );
}

// The JSON-Schema-Test-Suite conformance test needs ../shared/corpus, which only exists beside our own
// checkouts: without it that one test is skipped (and says so), everything else runs.
const CORPUS = process.env.IAS_CORPUS ?? fileURLToPath(new URL('../shared/corpus/', import.meta.url));
if (!existsSync(`${CORPUS}/json-schema-test-suite`)) {
  console.log(
    `[ias-kit] conformance test skipped: no JSON-Schema-Test-Suite at ${CORPUS}json-schema-test-suite. ` +
      'To run it, put the suite (github.com/json-schema-org/JSON-Schema-Test-Suite) there or set IAS_CORPUS=<dir holding json-schema-test-suite/>.',
  );
}

// The sample cases (`@ias-kit/core/testing/cases`) import a JSON sample, as Vite and Node read it. A JSON file
// a module imports is requested under its own URL (`?ias-json-module`) and served as a module; the same file
// fetched by a test stays JSON. (Telling them apart by request headers failed: Firefox sends no
// `sec-fetch-dest: script` here, and Chromium's cache then answered a later fetch with the module.)
const JSON_MODULE = 'ias-json-module';
const jsonModulePlugin = () => ({
  name: 'ias-json-module',
  transformImport({ source }) {
    if (/\.json$/.test(source)) return `${source}?${JSON_MODULE}`;
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.URL.searchParams.has(JSON_MODULE))
      return {
        body: `export default ${context.body};`,
        headers: { 'content-type': 'text/javascript; charset=utf-8' },
      };
  },
});

const packages = [
  'ui',
  'form',
  'assessment',
  'plan',
  'tasks',
  'timeline',
  'indicators',
  'case',
  'overlay-editor',
].filter((p) => existsSync(fileURLToPath(new URL(`./packages/${p}/src`, import.meta.url))));

export default {
  rootDir: '.',
  // `ias-source`: our packages from their TypeScript sources; `development`: Lit's dev build (its warnings).
  nodeResolve: { exportConditions: ['ias-source', 'development', 'browser'] },
  concurrency: 1,
  concurrentBrowsers: 2,
  browsers,
  testFramework: { config: { timeout: 20000 } },
  // Pure modules (`src/model/`) are tested in Node by Vitest (vite.config.ts), not here.
  files: [...packages.map((p) => `packages/${p}/src/**/*.test.ts`), '!packages/*/src/model/**'],
  plugins: [
    corpusPlugin(CORPUS),
    jsonModulePlugin(),
    commonjsBundlePlugin([
      'ajv',
      'ajv/dist/2020.js',
      'ajv/dist/2019.js',
      'ajv-formats',
      'ajv/dist/standalone/index.js',
    ]),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
