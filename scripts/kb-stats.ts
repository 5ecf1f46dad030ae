/** Prints the README's knowledge-base counts paragraph, computed from data/kb (scripts/lib/kb-stats.ts). */
import { readKnowledgeBaseInput } from './lib/kb-files';
import { kbStats, statsParagraph } from './lib/kb-stats';

console.log(statsParagraph(kbStats(readKnowledgeBaseInput())));
