/**
 * npm run kb:check [-- FILE|FOLDER]
 * Validates the knowledge base (default: the folder data/kb/, merged; or another such folder; or
 * one file, such as an import) and prints every problem with its file, line and column and a fix hint. Exit 1 on any
 * error.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblems } from '../utils/knowledge-base/format-problems';
import { hasErrors } from '../utils/knowledge-base/problem';
import { checkBundledKnowledgeBase, checkKnowledgeBaseFolder } from './lib/assert-kb-valid';
import { shownPath } from './lib/kb-files';

const path = process.argv[2] === undefined ? undefined : resolve(process.argv[2]);
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
