// Serves the shared test corpus (../shared/corpus, beside our checkouts; never copied into the project)
// to browser tests under /__corpus__/. `/__corpus__/<dir>/` returns the JSON list of that folder's entries;
// `/__corpus__` answers `{ available, root }`, so a test can skip itself when a clone has no corpus beside it.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, normalize } from 'node:path';

export function corpusPlugin(root) {
  return {
    name: 'ias-corpus',
    async serve(context) {
      if (context.path === '/__corpus__')
        return { body: JSON.stringify({ available: existsSync(root), root }), type: 'json' };
      if (!context.path.startsWith('/__corpus__/')) return undefined;
      const rel = normalize(decodeURIComponent(context.path.slice('/__corpus__/'.length)));
      if (rel.startsWith('..')) return { body: 'forbidden', status: 403 };
      const file = join(root, rel);
      try {
        if (context.path.endsWith('/')) {
          const entries = await readdir(file, { withFileTypes: true });
          return {
            body: JSON.stringify(entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort()),
            type: 'json',
          };
        }
        return { body: await readFile(file, 'utf8'), type: 'json' };
      } catch {
        return { body: JSON.stringify({ error: `not found: ${rel}` }), status: 404, type: 'json' };
      }
    },
  };
}
