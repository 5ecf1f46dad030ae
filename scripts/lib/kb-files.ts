import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolved from this file, not the working directory. (Paths, not `new URL(…)`: under
// happy-dom, `URL` is the DOM's, which fileURLToPath refuses.)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Paths of the bundled data. QARINA_KB_FILE points the build (and kb:check, kb:try) at another
 * knowledge base: a draft, or a broken copy to see how the build refuses it.
 */
export const KB_FILE = resolve(
  process.env.QARINA_KB_FILE ?? resolve(ROOT, 'data/knowledge-base.json'),
);
export const KB_SCHEMA_FILE = resolve(ROOT, 'data/knowledge-base.schema.json');
export const DISPATCH_FILE = resolve(ROOT, 'data/dispatch-ar.txt');
export const DEMO_DIR = resolve(ROOT, 'scripts/demo');

export function readDispatch(): string {
  return readFileSync(DISPATCH_FILE, 'utf8');
}
