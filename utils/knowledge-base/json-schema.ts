import { z } from 'zod';
import { KnowledgeBaseSchema } from './schema';

/** The JSON Schema editors use, generated from the zod schema (the input side: defaults optional). */
export function knowledgeBaseJsonSchemaText(): string {
  const schema = z.toJSONSchema(KnowledgeBaseSchema, { io: 'input', target: 'draft-2020-12' });
  const titled = {
    ...schema,
    $id: 'https://qarina.example/knowledge-base.schema.json',
    title: 'Qarina knowledge base',
    description:
      'Entries shown on Qarina fact cards. Cross-entry rules (unique ids, related ids, alias collisions) are checked by `npm run kb:check`.',
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
