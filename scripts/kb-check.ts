/**
 * npm run kb:check [-- FILE]
 * Validates the knowledge base (default: data/knowledge-base.json) and prints every problem with
 * its location and a fix hint. Exit 1 on any error.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkKnowledgeBaseText } from '../utils/knowledge-base/check-knowledge-base';
import { formatProblems } from '../utils/knowledge-base/format-problems';
import { hasErrors } from '../utils/knowledge-base/problem';
import { KB_FILE, readDispatch } from './lib/kb-files';

const file = process.argv[2] ?? KB_FILE;
const shown = relative(process.cwd(), file) || file;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${shown}: cannot read the file (${(error as Error).message})`);
  process.exit(1);
}
const { problems } = checkKnowledgeBaseText(text, { dispatchText: readDispatch() });
console.log(formatProblems(shown, problems));
process.exit(hasErrors(problems) ? 1 : 0);
