/**
 * npm run kb:schema — writes data/knowledge-base.schema.json from the zod schema, so editors flag
 * mistakes while a maintainer types. A unit test fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { knowledgeBaseJsonSchemaText } from '../utils/knowledge-base/json-schema';
import { KB_SCHEMA_FILE } from './lib/kb-files';

writeFileSync(KB_SCHEMA_FILE, knowledgeBaseJsonSchemaText());
console.log(`wrote ${KB_SCHEMA_FILE}`);
