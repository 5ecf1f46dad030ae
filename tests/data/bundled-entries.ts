/**
 * The bundled knowledge base's entries for the data tests: the parts of data/kb/ merged (index.json
 * holds no entries), or data/knowledge-base.json while the knowledge base is one file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../utils/knowledge-base/schema';

export function loadBundledEntries(root = 'data'): Entry[] {
  const folder = join(root, 'kb');
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.json') && name !== 'index.json')
        .sort()
        .map((name) => join(folder, name))
    : [join(root, 'knowledge-base.json')];
  return files.flatMap(
    (file) => (JSON.parse(readFileSync(file, 'utf8')) as { entries?: Entry[] }).entries ?? [],
  );
}
