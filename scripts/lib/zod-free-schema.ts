import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const SCHEMA = resolve('utils/knowledge-base/schema.ts');
const LITE = resolve('utils/knowledge-base/schema-lite.ts');

/**
 * A Vite plugin for the content-script build: imports of utils/knowledge-base/schema resolve to
 * schema-lite.ts (the same constants and helpers, no zod). A content-script module that needs a
 * zod schema fails the build with a missing export instead of silently adding zod.
 */
export function zodFreeSchema(): Plugin {
  return {
    name: 'qarina:zod-free-schema',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === LITE || !/knowledge-base\/schema(\.ts)?$/.test(source))
        return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === SCHEMA ? LITE : null;
    },
  };
}
