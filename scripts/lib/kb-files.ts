import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Paths of the bundled data, resolved from the repository root. */
export const KB_FILE = fileURLToPath(new URL('../../data/knowledge-base.json', import.meta.url));
export const KB_SCHEMA_FILE = fileURLToPath(
  new URL('../../data/knowledge-base.schema.json', import.meta.url),
);
export const DISPATCH_FILE = fileURLToPath(new URL('../../data/dispatch-ar.txt', import.meta.url));

export function readDispatch(): string {
  return readFileSync(DISPATCH_FILE, 'utf8');
}
