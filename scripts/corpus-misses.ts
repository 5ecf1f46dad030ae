/**
 * npx tsx scripts/corpus-misses.ts [LANG…]
 * Prints every mention Qarina misses and every false hit on the detection corpus (issue 15), per
 * language and part, with the text around it: what to read before writing a detection rule.
 */
import { CORPUS_LANGUAGES, type CorpusLanguage } from './lib/corpus';
import { corpusDifferences } from './lib/corpus-misses';
import { qarinaFinder } from './lib/corpus-scores';

const asked = process.argv
  .slice(2)
  .filter((l): l is CorpusLanguage => (CORPUS_LANGUAGES as readonly string[]).includes(l));
for (const d of corpusDifferences(qarinaFinder(), asked.length ? asked : CORPUS_LANGUAGES))
  console.log(`${d.lang} ${d.part} ${d.kind.padEnd(5)} ${d.id}: ${d.context}`);
