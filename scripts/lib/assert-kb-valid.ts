import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkKnowledgeBaseText } from '../../utils/knowledge-base/check-knowledge-base';
import { formatProblems } from '../../utils/knowledge-base/format-problems';
import { hasErrors } from '../../utils/knowledge-base/problem';
import { KB_FILE, readDispatch } from './kb-files';

/** Used by the build (wxt.config.ts): an invalid bundled knowledge base stops it, located. */
export function assertBundledKnowledgeBaseValid(file = KB_FILE): void {
  const { problems } = checkKnowledgeBaseText(readFileSync(file, 'utf8'), {
    dispatchText: readDispatch(),
  });
  if (hasErrors(problems)) {
    const report = formatProblems(relative(process.cwd(), file), problems);
    throw new Error(`The knowledge base is invalid; the build stops here.\n${report}`);
  }
}
