import { readFileSync } from 'node:fs';
import { bundledJson } from '../../fixtures/bundled-kb';
import { packagedKnowledgeBase } from '../../../utils/cache/bundled-data';
import { contentHash } from '../../../utils/knowledge-base/content-hash';
import { KnowledgeBaseSchema, type KnowledgeBase } from '../../../utils/knowledge-base/schema';

/** The bundled knowledge base, validated. */
export const bundledKb: KnowledgeBase = KnowledgeBaseSchema.parse(bundledJson);

/** The bundled knowledge base as the background gets it: known by version, fetched on need. */
export function bundledFile(fetchFile = async () => new Response(JSON.stringify(bundledKb))) {
  const info = { version: contentHash(bundledKb), entryCount: bundledKb.entries.length };
  return packagedKnowledgeBase({ ...info, path: '/knowledge-base.json' }, fetchFile);
}

/** A good import: `karaganda` and `eurasian-development-bank`, related to the bundled `kazakhstan`. */
export const goodImportText = readFileSync('tests/fixtures/kb/import-valid.json', 'utf8');

/** The good import with `edit` applied to its parsed JSON, pretty-printed again. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the file on purpose
export function editedImport(edit: (kb: any) => void): string {
  const data = JSON.parse(goodImportText);
  edit(data);
  return JSON.stringify(data, null, 2);
}
