import { describe, expect, it } from 'vitest';
import { bundledJson as bundled } from '../../fixtures/bundled-kb';
import { KnowledgeBaseSchema } from '../../../utils/knowledge-base/schema';

describe('knowledge-base schema', () => {
  it('accepts the bundled knowledge base', () => {
    const result = KnowledgeBaseSchema.safeParse(bundled);
    expect(result.error?.issues).toBeUndefined();
  });

  it('refuses a javascript: source URL', () => {
    const kb = structuredClone(bundled);
    kb.sources.S1!.url = 'javascript:alert(1)';
    const result = KnowledgeBaseSchema.safeParse(kb);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sources', 'S1', 'url']);
  });
});
