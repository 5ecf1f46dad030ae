/**
 * npm run kb:check [-- FILE|FOLDER]
 * Validates the knowledge base (default: the folder data/kb/, merged; or another such folder; or
 * one file, such as an import) and prints every problem with its file, line and column and a fix hint. Exit 1 on any
 * error. It also warns about aliases the spelling rules of their language generate from
 * another name of the entry (Казахстана from Казахстан, وانج يي from وانغ يي).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblems } from '../utils/knowledge-base/format-problems';
import { hasErrors } from '../utils/knowledge-base/problem';
import { checkBundledKnowledgeBase, checkKnowledgeBaseFolder } from './lib/assert-kb-valid';
import { shownPath } from './lib/kb-files';

const args = process.argv.slice(2);
// --redundant is accepted for old habits: the warning is always on now.
const file = args.find((a) => a !== '--redundant');
const path = file === undefined ? undefined : resolve(file);
if (path !== undefined && !existsSync(path)) {
  console.error(`${shownPath(path)}: cannot read the file (no such file)`);
  process.exit(1);
}
const folder = path !== undefined && statSync(path).isDirectory();
let result;
try {
  result = folder ? checkKnowledgeBaseFolder(path) : checkBundledKnowledgeBase(path);
} catch (error) {
  console.error(`cannot read the knowledge base (${(error as Error).message})`);
  process.exit(1);
}
console.log(formatProblems(result.shown, result.problems));
process.exit(hasErrors(result.problems) ? 1 : 0);
