/**
 * npm run zh:words [-- --check]
 * Writes utils/language/zh/word-contexts.generated.ts, where each Chinese name of data/kb is
 * part of a longer word (scripts/lib/zh-word-contexts.ts, zh-word-table.ts), from the installed @node-rs/jieba's
 * dictionary. Run it after adding or changing Chinese names; with --check, exits 1 when the
 * committed file differs from what it would write.
 */
import { writeOrCheckGenerated } from './lib/generated-file';
import { GENERATED_FILE, expectedModule } from './lib/zh-word-table';

writeOrCheckGenerated(GENERATED_FILE, expectedModule(), 'npm run zh:words');
