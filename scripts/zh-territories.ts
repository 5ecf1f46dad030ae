/**
 * npm run zh:territories [-- --check]
 * Writes utils/language/zh/territory-names.generated.ts, the Taiwan and Hong Kong names of
 * countries, from the installed cldr-localenames-full (scripts/lib/zh-territory-names.ts); with
 * --check, exits 1 when the committed file differs from what it would write.
 */
import { writeOrCheckGenerated } from './lib/generated-file';
import { GENERATED_FILE, expectedModule } from './lib/zh-territory-names';

writeOrCheckGenerated(GENERATED_FILE, expectedModule(), 'npm run zh:territories');
