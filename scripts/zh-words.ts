/**
 * npm run zh:words [-- --check]
 * Writes utils/language/zh/word-contexts.generated.ts, where each Chinese name of data/kb is
 * part of a longer word (scripts/lib/zh-word-contexts.ts), from the installed @node-rs/jieba's
 * dictionary. Run it after adding or changing Chinese names; with --check, exits 1 when the
 * committed file differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED_FILE, expectedModule } from './lib/zh-word-contexts';

const source = expectedModule();
if (process.argv.includes('--check')) {
  const same = readFileSync(GENERATED_FILE, 'utf8') === source;
  console.log(
    same
      ? 'word-contexts.generated.ts is up to date'
      : 'word-contexts.generated.ts differs: run npm run zh:words',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(GENERATED_FILE, source);
console.log(`wrote ${GENERATED_FILE}`);
