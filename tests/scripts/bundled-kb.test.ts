import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundledInfo from 'virtual:qarina/bundled-kb';
import {
  BUNDLED_KB_MODULE,
  bundledKbModule,
  packageKnowledgeBase,
} from '../../scripts/lib/bundled-kb';
import { bundledJson } from '../fixtures/bundled-kb';
import { contentHash } from '../../utils/knowledge-base/content-hash';
import { KnowledgeBaseSchema } from '../../utils/knowledge-base/schema';

const validated = KnowledgeBaseSchema.parse(bundledJson);

describe('the packaged knowledge base', () => {
  it('ships the validated data as compact JSON, with its content hash and entry count', () => {
    const { info, text } = packageKnowledgeBase();

    expect(JSON.parse(text)).toEqual(validated);
    expect(text).not.toContain('\n');
    expect(info).toEqual({
      version: contentHash(validated),
      entryCount: validated.entries.length,
      path: '/knowledge-base.json',
    });
  });

  it('gives the background the same figures through the virtual module', () => {
    expect(bundledInfo).toEqual(packageKnowledgeBase().info);
  });

  it('refuses a file that fails the schema', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qarina-kb-')), 'kb.json');
    writeFileSync(file, JSON.stringify({ sources: {}, entries: [{ id: 'x' }] }));
    expect(() => packageKnowledgeBase(file)).toThrow();
  });

  it('resolves only its own module id', () => {
    const plugin = bundledKbModule();
    const resolveId = plugin.resolveId as (source: string) => string | null;
    expect(resolveId(BUNDLED_KB_MODULE)).toBe(`\0${BUNDLED_KB_MODULE}`);
    expect(resolveId('virtual:something-else')).toBeNull();
  });
});
